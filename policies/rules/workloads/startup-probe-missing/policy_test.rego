package kubeward.rules.workloads.startup_probe_missing_test

import data.kubeward.rules.workloads.startup_probe_missing as rule
import data.kubeward.test.fixtures as fx

_live(delay) := {"livenessProbe": {"tcpSocket": {"port": 5432}, "initialDelaySeconds": delay}}

test_slow_starter_denied if {
	v := rule.violation with input as fx.of_kind("StatefulSet", {"containers": [
		fx.container("db", _live(60)),
		fx.container("fast", _live(5)),
		fx.container("plain", {"livenessProbe": {"tcpSocket": {"port": 1}}}),
		fx.container("none", {}),
		fx.container("ok", object.union(_live(120), {"startupProbe": {"tcpSocket": {"port": 5432}}})),
	]})
	v == {fx.finding(`container "db" delays its liveness probe by 60s instead of using a startup probe`, "spec.template.spec.containers[0].livenessProbe.initialDelaySeconds")}
}

test_threshold_parameter if {
	inp := object.union(fx.pod({"containers": [fx.container("app", _live(15))]}), {"parameters": {"minInitialDelaySeconds": 10}})
	v := rule.violation with input as inp
	v == {fx.finding(`container "app" delays its liveness probe by 15s instead of using a startup probe`, "spec.containers[0].livenessProbe.initialDelaySeconds")}
	w := rule.violation with input as fx.pod({"containers": [fx.container("app", _live(15))]})
	w == set()
}
