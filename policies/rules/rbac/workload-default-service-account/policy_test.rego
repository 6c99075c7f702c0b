package kubeward.rules.rbac.workload_default_service_account_test

import data.kubeward.rules.rbac.workload_default_service_account as rule
import data.kubeward.test.fixtures as fx

test_unset_denied if {
	v := rule.violation with input as fx.of_kind("CronJob", {"containers": [fx.container("job", {})]})
	v == {fx.finding(`CronJob "test" runs as the default ServiceAccount of its namespace`, "spec.jobTemplate.spec.template.spec")}
}

test_explicit_default_denied if {
	v := rule.violation with input as fx.pod({"serviceAccountName": "default", "containers": [fx.container("web", {})]})
	v == {fx.finding(`Pod "test" runs as the default ServiceAccount of its namespace`, "spec.serviceAccountName")}
}

test_dedicated_allowed if {
	v := rule.violation with input as fx.of_kind("Deployment", {"serviceAccountName": "web", "containers": [fx.container("web", {})]})
	v == set()
}
