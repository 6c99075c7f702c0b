package kubeward.rules.rbac.subject_pods_create_test

import data.kubeward.rules.rbac.subject_pods_create as rule
import data.kubeward.test.rbac_fixtures as rfx

_inventory := rfx.inventory([rfx.cluster_role("deployer", [{"apiGroups": ["apps"], "resources": ["deployments"], "verbs": ["create", "get"]}])])

_crb := rfx.cluster_role_binding("ops", "deployer", [rfx.sa("shop", "orders-api"), rfx.group("ops-team")])

test_cluster_role_binding_denied if {
	v := rule.violation with input as rfx.review(_crb) with data.inventory as _inventory
	v == {
		{"msg": `ServiceAccount shop/orders-api can create pods cluster-wide: ClusterRoleBinding ops → ClusterRole "deployer" → rules[0] (create on deployments)`, "details": {"path": "subjects[0]", "grants": [{"binding": "ClusterRoleBinding ops", "role": "ClusterRole deployer", "rule_index": 0, "source": "deployer"}]}},
		{"msg": `Group "ops-team" can create pods cluster-wide: ClusterRoleBinding ops → ClusterRole "deployer" → rules[0] (create on deployments)`, "details": {"path": "subjects[1]", "grants": [{"binding": "ClusterRoleBinding ops", "role": "ClusterRole deployer", "rule_index": 0, "source": "deployer"}]}},
	}
}

test_role_binding_denied if {
	rb := rfx.role_binding("shop", "ops", "ClusterRole", "deployer", [{"kind": "ServiceAccount", "name": "worker"}])
	v := rule.violation with input as rfx.review(rb) with data.inventory as _inventory
	v == {{"msg": `ServiceAccount shop/worker can create pods in namespace "shop": RoleBinding shop/ops → ClusterRole "deployer" → rules[0] (create on deployments)`, "details": {"path": "subjects[0]", "grants": [{"binding": "RoleBinding shop/ops", "role": "ClusterRole deployer", "rule_index": 0, "source": "deployer"}]}}}
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
