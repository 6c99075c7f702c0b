package kubeward.rules.rbac.default_service_account_bound_test

import data.kubeward.rules.rbac.default_service_account_bound as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.rbac_fixtures as rfx

test_default_denied if {
	rb := rfx.role_binding("shop", "legacy", "ClusterRole", "edit", [rfx.sa("shop", "orders"), {"kind": "ServiceAccount", "name": "default"}])
	v := rule.violation with input as rfx.review(rb)
	v == {fx.finding(`RoleBinding "legacy" grants ClusterRole "edit" to the default ServiceAccount of namespace "shop": every pod there that names no service account gets it`, "subjects[1]")}
}

test_dedicated_allowed if {
	v := rule.violation with input as rfx.review(rfx.cluster_role_binding("ok", "view", [rfx.sa("shop", "orders"), rfx.user("default")]))
	v == set()
}

test_bootstrap_not_reported if {
	crb := object.union(rfx.cluster_role_binding("b", "view", [rfx.sa("kube-system", "default")]), {"metadata": {"labels": {"kubernetes.io/bootstrapping": "rbac-defaults"}}})
	v := rule.violation with input as rfx.review(crb)
	v == set()
}
