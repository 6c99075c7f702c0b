package kubeward.rules.rbac.subject_pods_exec_test

import data.kubeward.rules.rbac.subject_pods_exec as rule
import data.kubeward.test.rbac_fixtures as rfx

_inventory := rfx.inventory([rfx.cluster_role("debugger", [{"apiGroups": [""], "resources": ["pods/exec"], "verbs": ["create"]}])])

_crb := rfx.cluster_role_binding("ops", "debugger", [rfx.sa("shop", "orders-api"), rfx.group("ops-team")])

test_cluster_role_binding_denied if {
	v := rule.violation with input as rfx.review(_crb) with data.inventory as _inventory
	v == {
		{"msg": `ServiceAccount shop/orders-api can exec into or attach to pods cluster-wide: ClusterRoleBinding ops → ClusterRole "debugger" → rules[0] (create on pods/exec)`, "details": {"path": "subjects[0]", "grants": [{"binding": "ClusterRoleBinding ops", "role": "ClusterRole debugger", "rule_index": 0, "source": "debugger"}]}},
		{"msg": `Group "ops-team" can exec into or attach to pods cluster-wide: ClusterRoleBinding ops → ClusterRole "debugger" → rules[0] (create on pods/exec)`, "details": {"path": "subjects[1]", "grants": [{"binding": "ClusterRoleBinding ops", "role": "ClusterRole debugger", "rule_index": 0, "source": "debugger"}]}},
	}
}

test_role_binding_denied if {
	rb := rfx.role_binding("shop", "ops", "ClusterRole", "debugger", [{"kind": "ServiceAccount", "name": "worker"}])
	v := rule.violation with input as rfx.review(rb) with data.inventory as _inventory
	v == {{"msg": `ServiceAccount shop/worker can exec into or attach to pods in namespace "shop": RoleBinding shop/ops → ClusterRole "debugger" → rules[0] (create on pods/exec)`, "details": {"path": "subjects[0]", "grants": [{"binding": "RoleBinding shop/ops", "role": "ClusterRole debugger", "rule_index": 0, "source": "debugger"}]}}}
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
