package kubeward.rules.rbac.wildcard_api_groups_test

import data.kubeward.rules.rbac.wildcard_api_groups as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.rbac_fixtures as rfx

_ok := {"apiGroups": ["apps"], "resources": ["deployments"], "verbs": ["get", "list"]}

_wild := {"apiGroups": ["*"], "resources": ["pods"], "verbs": ["get"]}

test_wildcard_denied if {
	v := rule.violation with input as rfx.review(rfx.cluster_role("ops", [_ok, _wild, {"nonResourceURLs": ["*"], "verbs": ["*"], "apiGroups": ["*"]}]))
	v == {fx.finding(`ClusterRole "ops" rules[1] grants every API group ("*" in apiGroups): get on pods`, "rules[1].apiGroups")}
}

test_explicit_allowed if {
	v := rule.violation with input as rfx.review(rfx.role("shop", "ops", [_ok]))
	v == set()
}

test_bootstrap_not_reported if {
	obj := object.union(rfx.cluster_role("cluster-admin", [_wild]), {"metadata": {"labels": {"kubernetes.io/bootstrapping": "rbac-defaults"}}})
	v := rule.violation with input as rfx.review(obj)
	v == set()
}
