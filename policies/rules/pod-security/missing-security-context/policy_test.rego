package kubeward.rules.pod_security.missing_security_context_test

import data.kubeward.rules.pod_security.missing_security_context as rule
import data.kubeward.test.fixtures as fx

test_denied if {
	v := rule.violation with input as fx.of_kind("Job", {"securityContext": {}, "containers": [
		fx.container("a", {}),
		fx.container("b", {"securityContext": null}),
		fx.container("c", {"securityContext": {"runAsNonRoot": true}}),
	]})
	v == {
		fx.finding(`container "a" has no securityContext, and the pod sets none either`, "spec.template.spec.containers[0]"),
		fx.finding(`container "b" has no securityContext, and the pod sets none either`, "spec.template.spec.containers[1]"),
	}
}

test_pod_level_counts if {
	v := rule.violation with input as fx.pod({"securityContext": {"runAsNonRoot": true}, "containers": [fx.container("a", {})]})
	v == set()
}
