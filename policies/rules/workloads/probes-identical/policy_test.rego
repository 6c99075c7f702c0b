package kubeward.rules.workloads.probes_identical_test

import data.kubeward.rules.workloads.probes_identical as rule
import data.kubeward.test.fixtures as fx

_http(path) := {"httpGet": {"path": path, "port": "http"}}

test_identical_denied if {
	v := rule.violation with input as fx.of_kind("Deployment", {"containers": [
		fx.container("web", {"livenessProbe": object.union(_http("/health"), {"periodSeconds": 10}), "readinessProbe": _http("/health")}),
		fx.container("tcp", {"livenessProbe": {"tcpSocket": {"port": 53}}, "readinessProbe": {"tcpSocket": {"port": 53}}}),
		fx.container("ok", {"livenessProbe": _http("/livez"), "readinessProbe": _http("/readyz")}),
		fx.container("mixed", {"livenessProbe": {"tcpSocket": {"port": 80}}, "readinessProbe": _http("/")}),
		fx.container("only", {"livenessProbe": _http("/")}),
	]})
	v == {
		fx.finding(`container "web" uses the same httpGet check for its liveness and readiness probes`, "spec.template.spec.containers[0].livenessProbe.httpGet"),
		fx.finding(`container "tcp" uses the same tcpSocket check for its liveness and readiness probes`, "spec.template.spec.containers[1].livenessProbe.tcpSocket"),
	}
}
