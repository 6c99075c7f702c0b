package kubeward.rules.workloads.qos_not_guaranteed_test

import data.kubeward.rules.workloads.qos_not_guaranteed as rule
import data.kubeward.test.fixtures as fx

_guaranteed := {"resources": {"limits": {"cpu": "500m", "memory": "1Gi"}, "requests": {"cpu": "0.5", "memory": "1024Mi"}}}

test_critical_burstable_denied if {
	v := rule.violation with input as fx.of_kind("DaemonSet", {
		"priorityClassName": "system-node-critical",
		"initContainers": [fx.container("init", {})],
		"containers": [
			fx.container("agent", {"resources": {"limits": {"cpu": "1", "memory": "256Mi"}, "requests": {"cpu": "100m"}}}),
			fx.container("ok", _guaranteed),
			fx.container("nolimits", {"resources": {"limits": {"cpu": "1"}}}),
		],
	})
	v == {
		fx.finding(`init container "init" keeps this "system-node-critical" pod out of the Guaranteed QoS class: no cpu limit`, "spec.template.spec.initContainers[0]"),
		fx.finding(`init container "init" keeps this "system-node-critical" pod out of the Guaranteed QoS class: no memory limit`, "spec.template.spec.initContainers[0]"),
		fx.finding(`container "agent" keeps this "system-node-critical" pod out of the Guaranteed QoS class: cpu request 100m differs from its limit 1`, "spec.template.spec.containers[0].resources.requests"),
		fx.finding(`container "nolimits" keeps this "system-node-critical" pod out of the Guaranteed QoS class: no memory limit`, "spec.template.spec.containers[2].resources.limits"),
	}
}

test_guaranteed_and_non_critical_allowed if {
	v := rule.violation with input as fx.pod({"priorityClassName": "system-cluster-critical", "containers": [fx.container("a", _guaranteed)]})
	v == set()
	w := rule.violation with input as fx.pod({"priorityClassName": "batch-low", "containers": [fx.container("a", {})]})
	w == set()
	x := rule.violation with input as fx.pod({"containers": [fx.container("a", {})]})
	x == set()
}

test_parameter if {
	inp := object.union(fx.pod({"priorityClassName": "payments-critical", "containers": [fx.container("a", {"resources": {"limits": {"cpu": 1}}})]}), {"parameters": {"priorityClassNames": ["payments-critical"]}})
	v := rule.violation with input as inp
	v == {fx.finding(`container "a" keeps this "payments-critical" pod out of the Guaranteed QoS class: no memory limit`, "spec.containers[0].resources.limits")}
}
