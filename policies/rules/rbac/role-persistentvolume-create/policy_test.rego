package kubeward.rules.rbac.role_persistentvolume_create_test

import data.kubeward.rules.rbac.role_persistentvolume_create as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.rbac_fixtures as rfx

_allowed := {"apiGroups": [""], "resources": ["persistentvolumeclaims"], "verbs": ["create", "get"]}

_denied := {"apiGroups": [""], "resources": ["persistentvolumes"], "verbs": ["create", "delete"]}

test_cluster_role_denied if {
	v := rule.violation with input as rfx.review(rfx.cluster_role("ops", [_allowed, _denied])) with data.inventory as {}
	v == {fx.finding(`ClusterRole "ops" lets its subjects create PersistentVolumes: rules[1] (create on persistentvolumes)`, "rules[1]")}
}

test_role_denied if {
	v := rule.violation with input as rfx.review(rfx.role("shop", "ops", [_denied])) with data.inventory as {}
	v == {fx.finding(`Role "ops" lets its subjects create PersistentVolumes: rules[0] (create on persistentvolumes)`, "rules[0]")}
}

test_aggregated_denied if {
	agg := object.union(rfx.cluster_role("ops", []), {"aggregationRule": {"clusterRoleSelectors": [{"matchLabels": {"rbac.example.com/aggregate-to-ops": "true"}}]}})
	part := object.union(rfx.cluster_role("ops-part", [_denied]), {"metadata": {"labels": {"rbac.example.com/aggregate-to-ops": "true"}}})
	v := rule.violation with input as rfx.review(agg) with data.inventory as rfx.inventory([agg, part])
	v == {fx.finding(`ClusterRole "ops" lets its subjects create PersistentVolumes: aggregated ClusterRole "ops-part" rules[0] (create on persistentvolumes)`, "aggregationRule.clusterRoleSelectors[0]")}
}

test_allowed if {
	v := rule.violation with input as rfx.review(rfx.cluster_role("ops", [_allowed])) with data.inventory as {}
	v == set()
}

test_bootstrap_role_not_reported if {
	obj := object.union(rfx.cluster_role("system:controller:x", [_denied]), {"metadata": {"labels": {"kubernetes.io/bootstrapping": "rbac-defaults"}}})
	v := rule.violation with input as rfx.review(obj) with data.inventory as {}
	v == set()
}
