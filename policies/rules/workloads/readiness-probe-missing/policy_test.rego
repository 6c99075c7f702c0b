package kubeward.rules.workloads.readiness_probe_missing_test

import data.kubeward.rules.workloads.readiness_probe_missing as rule
import data.kubeward.test.fixtures as fx

_probe := {"httpGet": {"path": "/healthz", "port": 8080}}

test_missing_denied if {
	v := rule.violation with input as fx.pod({
		"initContainers": [fx.container("setup", {})],
		"containers": [fx.container("web", {}), fx.container("ok", {"readinessProbe": _probe}), fx.container("nul", {"readinessProbe": null})],
		"ephemeralContainers": [fx.container("debug", {})],
	})
	v == {
		fx.finding(`container "web" has no readiness probe`, "spec.containers[0]"),
		fx.finding(`container "nul" has no readiness probe`, "spec.containers[2]"),
	}
}

test_workload_kinds_denied if {
	every kind in ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"] {
		v := rule.violation with input as fx.of_kind(kind, {"containers": [fx.container("web", {})]})
		v == {fx.finding(`container "web" has no readiness probe`, "spec.template.spec.containers[0]")}
	}
}

test_probe_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {"readinessProbe": _probe})]})
	v == set()
}
