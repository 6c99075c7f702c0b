package kubeward.rules.rbac.cluster_admin_binding_test

import data.kubeward.rules.rbac.cluster_admin_binding as rule
import data.kubeward.test.rbac_fixtures as rfx

_inventory := rfx.inventory([])

_crb := rfx.cluster_role_binding("ops", "cluster-admin", [rfx.sa("shop", "orders-api"), rfx.group("ops-team")])

test_cluster_role_binding_denied if {
	v := rule.violation with input as rfx.review(_crb) with data.inventory as _inventory
	v == {
		{"msg": `ServiceAccount shop/orders-api can do anything (every verb on every resource in every API group) cluster-wide: ClusterRoleBinding ops → ClusterRole "cluster-admin" → rules[0] (* on *)`, "details": {"path": "subjects[0]", "grants": [{"binding": "ClusterRoleBinding ops", "role": "ClusterRole cluster-admin", "rule_index": 0, "source": "cluster-admin"}]}},
		{"msg": `Group "ops-team" can do anything (every verb on every resource in every API group) cluster-wide: ClusterRoleBinding ops → ClusterRole "cluster-admin" → rules[0] (* on *)`, "details": {"path": "subjects[1]", "grants": [{"binding": "ClusterRoleBinding ops", "role": "ClusterRole cluster-admin", "rule_index": 0, "source": "cluster-admin"}]}},
	}
}

test_role_binding_denied if {
	rb := rfx.role_binding("shop", "ops", "ClusterRole", "cluster-admin", [{"kind": "ServiceAccount", "name": "worker"}])
	v := rule.violation with input as rfx.review(rb) with data.inventory as _inventory
	v == {{"msg": `ServiceAccount shop/worker can do anything (every verb on every resource in every API group) in namespace "shop": RoleBinding shop/ops → ClusterRole "cluster-admin" → rules[0] (* on *)`, "details": {"path": "subjects[0]", "grants": [{"binding": "RoleBinding shop/ops", "role": "ClusterRole cluster-admin", "rule_index": 0, "source": "cluster-admin"}]}}}
}

test_harmless_role_allowed if {
	rb := rfx.role_binding("shop", "ops", "Role", "reader", [rfx.user("alice")])
	inv := rfx.inventory([rfx.role("shop", "reader", [{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get"]}])])
	v := rule.violation with input as rfx.review(rb) with data.inventory as inv
	v == set()
}

test_bootstrap_binding_not_reported if {
	crb := object.union(_crb, {"metadata": {"labels": {"kubernetes.io/bootstrapping": "rbac-defaults"}}})
	v := rule.violation with input as rfx.review(crb) with data.inventory as _inventory
	v == set()
}
