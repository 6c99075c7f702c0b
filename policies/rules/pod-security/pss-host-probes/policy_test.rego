package kubeward.rules.pod_security.pss_host_probes_test

import data.kubeward.rules.pod_security.pss_host_probes as rule
import data.kubeward.test.fixtures as fx

test_liveness_http_host_denied if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {
		"livenessProbe": {"httpGet": {"path": "/healthz", "port": 8080, "host": "169.254.169.254"}},
		"readinessProbe": {"httpGet": {"path": "/ready", "port": 8080}},
	})]})
	v == {fx.finding(
		`container "web" sets livenessProbe.httpGet.host to "169.254.169.254"; the kubelet would connect to that host instead of the pod`,
		"spec.containers[0].livenessProbe.httpGet.host",
	)}
}

test_every_probe_and_hook_denied if {
	v := rule.violation with input as fx.of_kind("Deployment", {"containers": [fx.container("web", {
		"livenessProbe": {"tcpSocket": {"port": 22, "host": "10.0.0.1"}},
		"readinessProbe": {"httpGet": {"port": 80, "host": "db.internal"}},
		"startupProbe": {"tcpSocket": {"port": 443, "host": "localhost"}},
		"lifecycle": {
			"postStart": {"httpGet": {"port": 80, "host": "a.internal"}},
			"preStop": {"tcpSocket": {"port": 81, "host": "b.internal"}},
		},
	})]})
	v == {
		fx.finding(_msg("livenessProbe.tcpSocket", "10.0.0.1"), "spec.template.spec.containers[0].livenessProbe.tcpSocket.host"),
		fx.finding(_msg("readinessProbe.httpGet", "db.internal"), "spec.template.spec.containers[0].readinessProbe.httpGet.host"),
		fx.finding(_msg("startupProbe.tcpSocket", "localhost"), "spec.template.spec.containers[0].startupProbe.tcpSocket.host"),
		fx.finding(_msg("lifecycle.postStart.httpGet", "a.internal"), "spec.template.spec.containers[0].lifecycle.postStart.httpGet.host"),
		fx.finding(_msg("lifecycle.preStop.tcpSocket", "b.internal"), "spec.template.spec.containers[0].lifecycle.preStop.tcpSocket.host"),
	}
}

test_init_and_ephemeral_containers_denied if {
	v := rule.violation with input as fx.of_kind("Job", {
		"initContainers": [fx.container("init", {"startupProbe": {"httpGet": {"port": 80, "host": "10.1.1.1"}}})],
		"containers": [fx.container("web", {})],
		"ephemeralContainers": [fx.container("debug", {"lifecycle": {"preStop": {"httpGet": {"port": 80, "host": "10.2.2.2"}}}})],
	})
	v == {
		fx.finding(
			`init container "init" sets startupProbe.httpGet.host to "10.1.1.1"; the kubelet would connect to that host instead of the pod`,
			"spec.template.spec.initContainers[0].startupProbe.httpGet.host",
		),
		fx.finding(
			`ephemeral container "debug" sets lifecycle.preStop.httpGet.host to "10.2.2.2"; the kubelet would connect to that host instead of the pod`,
			"spec.template.spec.ephemeralContainers[0].lifecycle.preStop.httpGet.host",
		),
	}
}

test_empty_null_unset_and_other_handlers_allowed if {
	v := rule.violation with input as fx.pod({"containers": [
		fx.container("a", {
			"livenessProbe": {"httpGet": {"port": 80, "host": ""}},
			"readinessProbe": {"tcpSocket": {"port": 80, "host": null}},
			"startupProbe": {"grpc": {"port": 9090}},
			"lifecycle": {"postStart": {"exec": {"command": ["true"]}}, "preStop": {"sleep": {"seconds": 5}}},
		}),
		fx.container("b", {"livenessProbe": {"httpGet": {"port": 80, "httpHeaders": [{"name": "Host", "value": "example.com"}]}}}),
		fx.container("c", {"lifecycle": null, "livenessProbe": null}),
		fx.container("d", {}),
	]})
	v == set()
}

_msg(what, host) := sprintf(`container "web" sets %s.host to %q; the kubelet would connect to that host instead of the pod`, [what, host])

# The check exists from v1.34.
_probe_pod := fx.pod({"containers": [fx.container("web", {"livenessProbe": {"httpGet": {"host": "169.254.169.254", "path": "/", "port": 80}}})]})

test_version_gate_1_34 if {
	v := rule.violation with input as object.union(_probe_pod, {"parameters": {"version": "v1.33"}})
	v == set()
	v34 := rule.violation with input as object.union(_probe_pod, {"parameters": {"version": "v1.34"}})
	v34 == {fx.finding(`container "web" sets livenessProbe.httpGet.host to "169.254.169.254"; the kubelet would connect to that host instead of the pod`, "spec.containers[0].livenessProbe.httpGet.host")}
}
