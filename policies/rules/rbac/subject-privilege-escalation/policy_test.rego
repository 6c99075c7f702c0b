package kubeward.rules.rbac.subject_privilege_escalation_test

import data.kubeward.rules.rbac.subject_privilege_escalation as rule
import data.kubeward.test.rbac_fixtures as rfx

_inventory := rfx.inventory([rfx.cluster_role("rbac-manager", [{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "verbs": ["bind", "escalate"]}])])

_crb := rfx.cluster_role_binding("ops", "rbac-manager", [rfx.sa("shop", "orders-api"), rfx.group("ops-team")])

test_cluster_role_binding_denied if {
	v := rule.violation with input as rfx.review(_crb) with data.inventory as _inventory
	v == {
		{"msg": `ServiceAccount shop/orders-api can escalate privileges through RBAC (bind or escalate roles) cluster-wide: ClusterRoleBinding ops → ClusterRole "rbac-manager" → rules[0] (bind, escalate on clusterroles)`, "details": {"path": "subjects[0]", "grants": [{"binding": "ClusterRoleBinding ops", "role": "ClusterRole rbac-manager", "rule_index": 0, "source": "rbac-manager"}]}},
		{"msg": `Group "ops-team" can escalate privileges through RBAC (bind or escalate roles) cluster-wide: ClusterRoleBinding ops → ClusterRole "rbac-manager" → rules[0] (bind, escalate on clusterroles)`, "details": {"path": "subjects[1]", "grants": [{"binding": "ClusterRoleBinding ops", "role": "ClusterRole rbac-manager", "rule_index": 0, "source": "rbac-manager"}]}},
	}
}

test_role_binding_denied if {
	rb := rfx.role_binding("shop", "ops", "ClusterRole", "rbac-manager", [{"kind": "ServiceAccount", "name": "worker"}])
	v := rule.violation with input as rfx.review(rb) with data.inventory as _inventory
	v == {{"msg": `ServiceAccount shop/worker can escalate privileges through RBAC (bind or escalate roles) in namespace "shop": RoleBinding shop/ops → ClusterRole "rbac-manager" → rules[0] (bind, escalate on clusterroles)`, "details": {"path": "subjects[0]", "grants": [{"binding": "RoleBinding shop/ops", "role": "ClusterRole rbac-manager", "rule_index": 0, "source": "rbac-manager"}]}}}
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

test_impersonate_denied if {
	crb := rfx.cluster_role_binding("proxy", "impersonator", [rfx.user("auth-proxy")])
	inv := rfx.inventory([rfx.cluster_role("impersonator", [{"apiGroups": [""], "resources": ["users", "groups"], "verbs": ["impersonate"]}])])
	v := rule.violation with input as rfx.review(crb) with data.inventory as inv
	v == {{"msg": `User "auth-proxy" can impersonate other identities cluster-wide: ClusterRoleBinding proxy → ClusterRole "impersonator" → rules[0] (impersonate on groups, users)`, "details": {"path": "subjects[0]", "grants": [{"binding": "ClusterRoleBinding proxy", "role": "ClusterRole impersonator", "rule_index": 0, "source": "impersonator"}]}}}
}
