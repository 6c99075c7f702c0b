package kubeward.rules.rbac.workload_service_account_takeover_test

import data.kubeward.rules.rbac.workload_service_account_takeover as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.rbac_fixtures as rfx

_inv := rfx.inventory([
	rfx.cluster_role("rbac-manager", [{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "verbs": ["escalate"]}]),
	rfx.cluster_role("secret-reader", [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["list"]}]),
	rfx.cluster_role_binding("ops-rbac", "rbac-manager", [rfx.sa("shop", "ops")]),
	rfx.cluster_role_binding("ops-secrets", "secret-reader", [rfx.sa("shop", "ops")]),
	rfx.role_binding("shop", "ops-local", "ClusterRole", "secret-reader", [rfx.sa("shop", "local")]),
])

test_takeover_denied if {
	obj := rfx.deployment("shop", "ops", {"serviceAccountName": "ops", "containers": [fx.container("api", {})]})
	v := rule.violation with input as rfx.review(obj) with data.inventory as _inv
	v == {
		{"msg": `Deployment "ops" runs as ServiceAccount shop/ops, which can escalate privileges through RBAC (bind or escalate roles): ClusterRoleBinding ops-rbac → ClusterRole "rbac-manager" → rules[0] (escalate on clusterroles)`, "details": {"path": "spec.template.spec.serviceAccountName", "grants": [{"binding": "ClusterRoleBinding ops-rbac", "role": "ClusterRole rbac-manager", "rule_index": 0, "source": "rbac-manager"}]}},
		{"msg": `Deployment "ops" runs as ServiceAccount shop/ops, which can read secrets: ClusterRoleBinding ops-secrets → ClusterRole "secret-reader" → rules[0] (list on secrets)`, "details": {"path": "spec.template.spec.serviceAccountName", "grants": [{"binding": "ClusterRoleBinding ops-secrets", "role": "ClusterRole secret-reader", "rule_index": 0, "source": "secret-reader"}]}},
	}
}

test_namespaced_secrets_allowed if {
	obj := rfx.deployment("shop", "local", {"serviceAccountName": "local", "containers": [fx.container("api", {})]})
	v := rule.violation with input as rfx.review(obj) with data.inventory as _inv
	v == set()
}
