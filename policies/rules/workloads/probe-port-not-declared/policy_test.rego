package kubeward.rules.workloads.probe_port_not_declared_test

import data.kubeward.rules.workloads.probe_port_not_declared as rule
import data.kubeward.test.fixtures as fx

test_undeclared_number_denied if {
	v := rule.violation with input as fx.pod({"containers": [
		fx.container("web", {
			"ports": [{"name": "http", "containerPort": 8080}, {"containerPort": 8443}],
			"livenessProbe": {"httpGet": {"path": "/", "port": 8081}},
			"readinessProbe": {"httpGet": {"path": "/", "port": 8080}},
			"startupProbe": {"grpc": {"port": 9090}},
		}),
		fx.container("noports", {"readinessProbe": {"tcpSocket": {"port": 80}}}),
		fx.container("named", {"ports": [{"name": "http", "containerPort": 80}], "livenessProbe": {"tcpSocket": {"port": "http"}}}),
	]})
	v == {
		fx.finding(`container "web" livenessProbe checks port 8081, but the container declares only [8080, 8443]`, "spec.containers[0].livenessProbe.httpGet.port"),
		fx.finding(`container "web" startupProbe checks port 9090, but the container declares only [8080, 8443]`, "spec.containers[0].startupProbe.grpc.port"),
	}
}
