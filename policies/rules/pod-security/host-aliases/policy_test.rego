package kubeward.rules.pod_security.host_aliases_test

import data.kubeward.rules.pod_security.host_aliases as rule
import data.kubeward.test.fixtures as fx

test_denied if {
	v := rule.violation with input as fx.of_kind("Deployment", {"containers": [fx.container("a", {})], "hostAliases": [
		{"ip": "10.1.2.3", "hostnames": ["api.payments.example.com", "payments"]},
		{"hostnames": ["x"]},
	]})
	v == {
		fx.finding("the pod overrides /etc/hosts: api.payments.example.com, payments -> 10.1.2.3", "spec.template.spec.hostAliases[0]"),
		fx.finding("the pod overrides /etc/hosts: x -> ", "spec.template.spec.hostAliases[1]"),
	}
}

test_allowed if {
	v1 := rule.violation with input as fx.pod({"containers": [fx.container("a", {})]})
	v1 == set()
	v2 := rule.violation with input as fx.pod({"hostAliases": [], "containers": [fx.container("a", {})]})
	v2 == set()
}
