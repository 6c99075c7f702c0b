package kubeward.rules.rbac.role_webhook_config_write_test

import data.kubeward.rules.rbac.role_webhook_config_write as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.rbac_fixtures as rfx

_allowed := {"apiGroups": ["admissionregistration.k8s.io"], "resources": ["validatingwebhookconfigurations"], "verbs": ["get", "list", "watch"]}

_denied := {"apiGroups": ["admissionregistration.k8s.io"], "resources": ["mutatingwebhookconfigurations"], "verbs": ["create", "patch"]}

test_cluster_role_denied if {
	v := rule.violation with input as rfx.review(rfx.cluster_role("ops", [_allowed, _denied])) with data.inventory as {}
	v == {fx.finding(`ClusterRole "ops" lets its subjects write admission webhook configurations: rules[1] (create, patch on mutatingwebhookconfigurations)`, "rules[1]")}
}

test_role_denied if {
	v := rule.violation with input as rfx.review(rfx.role("shop", "ops", [_denied])) with data.inventory as {}
	v == {fx.finding(`Role "ops" lets its subjects write admission webhook configurations: rules[0] (create, patch on mutatingwebhookconfigurations)`, "rules[0]")}
}

test_aggregated_denied if {
	agg := object.union(rfx.cluster_role("ops", []), {"aggregationRule": {"clusterRoleSelectors": [{"matchLabels": {"rbac.example.com/aggregate-to-ops": "true"}}]}})
	part := object.union(rfx.cluster_role("ops-part", [_denied]), {"metadata": {"labels": {"rbac.example.com/aggregate-to-ops": "true"}}})
	v := rule.violation with input as rfx.review(agg) with data.inventory as rfx.inventory([agg, part])
	v == {fx.finding(`ClusterRole "ops" lets its subjects write admission webhook configurations: aggregated ClusterRole "ops-part" rules[0] (create, patch on mutatingwebhookconfigurations)`, "aggregationRule.clusterRoleSelectors[0]")}
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
