package kubeward.rules.workloads.probe_named_port_undefined_test

import data.kubeward.rules.workloads.probe_named_port_undefined as rule
import data.kubeward.test.fixtures as fx

test_undefined_name_denied if {
	v := rule.violation with input as fx.pod({"containers": [
		fx.container("web", {
			"ports": [{"name": "http", "containerPort": 8080}],
			"livenessProbe": {"httpGet": {"path": "/", "port": "metrics"}},
			"readinessProbe": {"httpGet": {"path": "/", "port": "http"}},
			"startupProbe": {"tcpSocket": {"port": "htp"}},
		}),
		fx.container("noports", {"readinessProbe": {"tcpSocket": {"port": "http"}}}),
		fx.container("num", {"livenessProbe": {"httpGet": {"port": 8080}}}),
	]})
	v == {
		fx.finding(`container "web" livenessProbe uses port "metrics", which the container does not declare`, "spec.containers[0].livenessProbe.httpGet.port"),
		fx.finding(`container "web" startupProbe uses port "htp", which the container does not declare`, "spec.containers[0].startupProbe.tcpSocket.port"),
		fx.finding(`container "noports" readinessProbe uses port "http", which the container does not declare`, "spec.containers[1].readinessProbe.tcpSocket.port"),
	}
}

test_declared_allowed if {
	v := rule.violation with input as fx.of_kind("DaemonSet", {"containers": [fx.container("agent", {
		"ports": [{"name": "metrics", "containerPort": 9100}],
		"livenessProbe": {"httpGet": {"path": "/", "port": "metrics"}},
	})]})
	v == set()
}
