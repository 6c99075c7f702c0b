package kubeward.rules.rbac.workload_service_account_missing_test

import data.kubeward.rules.rbac.workload_service_account_missing as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.rbac_fixtures as rfx

test_missing_denied if {
	obj := rfx.deployment("shop", "orders", {"serviceAccountName": "orders-api", "containers": [fx.container("api", {})]})
	v := rule.violation with input as rfx.review(obj) with data.inventory as rfx.inventory([rfx.service_account("other", "orders-api")])
	v == {fx.finding(`Deployment "orders" runs as ServiceAccount "orders-api", which is not in namespace "shop" of the scanned objects`, "spec.template.spec.serviceAccountName")}
}

test_present_allowed if {
	obj := rfx.deployment("shop", "orders", {"serviceAccountName": "orders-api", "containers": [fx.container("api", {})]})
	v := rule.violation with input as rfx.review(obj) with data.inventory as rfx.inventory([rfx.service_account("shop", "orders-api")])
	v == set()
}

test_default_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {})]}) with data.inventory as rfx.inventory([])
	v == set()
}
