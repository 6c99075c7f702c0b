package kubeward.rules.pod_security.low_user_id_test

import data.kubeward.rules.pod_security.low_user_id as rule
import data.kubeward.test.fixtures as fx

_as(id) := {"securityContext": {"runAsUser": id}}

test_container_and_pod_level_denied if {
	v := rule.violation with input as fx.pod({
		"securityContext": {"runAsUser": 1000},
		"initContainers": [fx.container("init", {})],
		"containers": [fx.container("web", _as(0)), fx.container("ok", _as(10001))],
		"ephemeralContainers": [fx.container("debug", _as(null))],
	})
	v == {
		fx.finding(`init container "init" runs with UID 1000, below the minimum 10000`, "spec.securityContext.runAsUser"),
		fx.finding(`container "web" runs with UID 0, below the minimum 10000`, "spec.containers[0].securityContext.runAsUser"),
		fx.finding(`ephemeral container "debug" runs with UID 1000, below the minimum 10000`, "spec.securityContext.runAsUser"),
	}
}

test_parameter if {
	inp := object.union(fx.of_kind("Deployment", {"containers": [fx.container("web", _as(1500))]}), {"parameters": {"min_uid": 2000}})
	v := rule.violation with input as inp
	v == {fx.finding(`container "web" runs with UID 1500, below the minimum 2000`, "spec.template.spec.containers[0].securityContext.runAsUser")}
}

test_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("a", {}), fx.container("b", _as(10000)), fx.container("c", _as("1"))]})
	v == set()
}

test_exemptions if {
	v1 := rule.violation with input as fx.pod({"hostUsers": false, "containers": [fx.container("a", _as(0))]})
	v1 == set()
	v2 := rule.violation with input as fx.pod({"os": {"name": "windows"}, "containers": [fx.container("a", _as(0))]})
	v2 == set()
}
