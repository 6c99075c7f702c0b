package kubeward.rules.rbac.workload_cluster_admin_service_account_test

import data.kubeward.rules.rbac.workload_cluster_admin_service_account as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.rbac_fixtures as rfx

_crb := rfx.cluster_role_binding("orders-admin", "cluster-admin", [rfx.sa("shop", "orders-api")])

_grant := {"binding": "ClusterRoleBinding orders-admin", "role": "ClusterRole cluster-admin", "rule_index": 0, "source": "cluster-admin"}

test_cluster_admin_denied if {
	obj := rfx.deployment("shop", "orders", {"serviceAccountName": "orders-api", "containers": [fx.container("api", {})]})
	v := rule.violation with input as rfx.review(obj) with data.inventory as rfx.inventory([_crb])
	v == {{"msg": `Deployment "orders" runs as ServiceAccount shop/orders-api, which can do anything (every verb on every resource in every API group): ClusterRoleBinding orders-admin → ClusterRole "cluster-admin" → rules[0] (* on *)`, "details": {"path": "spec.template.spec.serviceAccountName", "grants": [_grant]}}}
}

test_through_group_denied if {
	crb := rfx.cluster_role_binding("all-sa", "cluster-admin", [rfx.group("system:serviceaccounts:default")])
	v := rule.violation with input as fx.pod({"containers": [fx.container("api", {})]}) with data.inventory as rfx.inventory([crb])
	v == {{"msg": `Pod "test" runs as ServiceAccount default/default, which can do anything (every verb on every resource in every API group): ClusterRoleBinding all-sa → ClusterRole "cluster-admin" → rules[0] (* on *) (as a member of Group "system:serviceaccounts:default")`, "details": {"path": "spec", "grants": [{"binding": "ClusterRoleBinding all-sa", "role": "ClusterRole cluster-admin", "rule_index": 0, "source": "cluster-admin"}]}}}
}

test_other_service_account_allowed if {
	obj := rfx.deployment("shop", "orders", {"serviceAccount": "storefront", "containers": [fx.container("api", {})]})
	v := rule.violation with input as rfx.review(obj) with data.inventory as rfx.inventory([_crb])
	v == set()
}
