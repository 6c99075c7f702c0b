package kubeward.rules.pod_security.privileged_ports_test

import data.kubeward.rules.pod_security.privileged_ports as rule
import data.kubeward.test.fixtures as fx

test_denied if {
	v := rule.violation with input as fx.of_kind("Deployment", {"containers": [
		fx.container("web", {"ports": [{"containerPort": 8080}, {"containerPort": 443, "protocol": "TCP"}]}),
		fx.container("dns", {"ports": [{"containerPort": 53, "protocol": "UDP"}]}),
	]})
	v == {
		fx.finding(`container "web" listens on the privileged port 443: binding it needs root or NET_BIND_SERVICE`, "spec.template.spec.containers[0].ports[1].containerPort"),
		fx.finding(`container "dns" listens on the privileged port 53: binding it needs root or NET_BIND_SERVICE`, "spec.template.spec.containers[1].ports[0].containerPort"),
	}
}

test_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {"ports": [{"containerPort": 1024}, {"containerPort": 0}, {"containerPort": "80"}]})]})
	v == set()
}

test_windows_exempt if {
	v := rule.violation with input as fx.pod({"os": {"name": "windows"}, "containers": [fx.container("iis", {"ports": [{"containerPort": 80}]})]})
	v == set()
}
