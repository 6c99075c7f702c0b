package kubeward.rules.workloads.memory_requests_missing_test

import data.kubeward.rules.workloads.memory_requests_missing as rule
import data.kubeward.test.fixtures as fx

_set := {"resources": {"requests": {"memory": "256Mi"}}}

test_missing_denied if {
	v := rule.violation with input as fx.pod({
		"initContainers": [fx.container("setup", {})],
		"containers": [
			fx.container("web", {"resources": {"requests": {"other": "1"}}}),
			fx.container("side", {"resources": {}}),
			fx.container("ok", _set),
		],
		"ephemeralContainers": [fx.container("debug", {})],
	})
	v == {
		fx.finding(`init container "setup" has no memory request`, "spec.initContainers[0]"),
		fx.finding(`container "web" has no memory request`, "spec.containers[0].resources.requests"),
		fx.finding(`container "side" has no memory request`, "spec.containers[1].resources"),
	}
}

test_every_workload_kind_denied if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"containers": [fx.container("web", {"resources": {"limits": {"x": "1"}}})]})
		v == {fx.finding(`container "web" has no memory request`, sprintf("%s.containers[0].resources", [prefix]))}
	}
}

test_set_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", _set)]})
	v == set()
}

test_null_is_missing if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {"resources": {"requests": {"memory": null}}})]})
	v == {fx.finding(`container "web" has no memory request`, "spec.containers[0].resources.requests")}
}

test_limit_alone_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {"resources": {"limits": {"memory": "256Mi"}}})]})
	v == set()
}

test_limit_range_default_allowed if {
	lr := {"apiVersion": "v1", "kind": "LimitRange", "metadata": {"name": "defaults", "namespace": "default"}, "spec": {"limits": [{"type": "Container", "defaultRequest": {"memory": "256Mi"}}]}}
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {})]})
		with data.inventory as {"namespace": {"default": {"v1": {"LimitRange": {"defaults": lr}}}}}
	v == set()
}
