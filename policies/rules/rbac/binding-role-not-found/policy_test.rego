package kubeward.rules.rbac.binding_role_not_found_test

import data.kubeward.rules.rbac.binding_role_not_found as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.rbac_fixtures as rfx

test_missing_role_denied if {
	rb := rfx.role_binding("shop", "orders", "Role", "orders-reader", [rfx.sa("shop", "orders")])
	v := rule.violation with input as rfx.review(rb) with data.inventory as rfx.inventory([rfx.role("other", "orders-reader", [])])
	v == {fx.finding(`RoleBinding "orders" refers to Role "orders-reader", which is not in namespace "shop" of the scanned objects`, "roleRef.name")}
}

test_missing_cluster_role_denied if {
	crb := rfx.cluster_role_binding("metrics", "metrics-reader", [rfx.sa("mon", "agent")])
	v := rule.violation with input as rfx.review(crb) with data.inventory as rfx.inventory([])
	v == {fx.finding(`ClusterRoleBinding "metrics" refers to ClusterRole "metrics-reader", which is not among the scanned objects`, "roleRef.name")}
}

test_present_roles_allowed if {
	rb := rfx.role_binding("shop", "orders", "Role", "orders-reader", [rfx.sa("shop", "orders")])
	crb := rfx.cluster_role_binding("metrics", "metrics-reader", [rfx.sa("mon", "agent")])
	inv := rfx.inventory([rfx.role("shop", "orders-reader", []), rfx.cluster_role("metrics-reader", [])])
	v := rule.violation with input as rfx.review(rb) with data.inventory as inv
	v == set()
	w := rule.violation with input as rfx.review(crb) with data.inventory as inv
	w == set()
}

test_builtin_roles_allowed if {
	every name in ["cluster-admin", "edit", "system:auth-delegator"] {
		v := rule.violation with input as rfx.review(rfx.cluster_role_binding("b", name, [rfx.user("u")])) with data.inventory as rfx.inventory([])
		v == set()
	}
}
