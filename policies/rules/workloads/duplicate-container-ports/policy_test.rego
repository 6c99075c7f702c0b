package kubeward.rules.workloads.duplicate_container_ports_test

import data.kubeward.rules.workloads.duplicate_container_ports as rule
import data.kubeward.test.fixtures as fx

test_duplicates_denied if {
	v := rule.violation with input as fx.pod({
		"initContainers": [
			fx.container("proxy", {"restartPolicy": "Always", "ports": [{"containerPort": 15001}]}),
			fx.container("setup", {"ports": [{"containerPort": 8080}]}),
		],
		"containers": [
			fx.container("web", {"ports": [{"name": "http", "containerPort": 8080}, {"name": "http", "containerPort": 8443}, {"containerPort": 53, "protocol": "UDP"}]}),
			fx.container("side", {"ports": [{"containerPort": 8080, "protocol": "TCP"}, {"containerPort": 53}, {"containerPort": 15001}]}),
		],
	})
	v == {
		fx.finding(`container "web" names two ports "http" (ports[0] and ports[1])`, "spec.containers[0].ports[1].name"),
		fx.finding(`container "side" declares 8080/TCP, already declared at spec.containers[0].ports[0]`, "spec.containers[1].ports[0].containerPort"),
		fx.finding(`container "side" declares 15001/TCP, already declared at spec.initContainers[0].ports[0]`, "spec.containers[1].ports[2].containerPort"),
	}
}

test_unique_allowed if {
	v := rule.violation with input as fx.pod({"containers": [
		fx.container("a", {"ports": [{"name": "http", "containerPort": 80}]}),
		fx.container("b", {"ports": [{"name": "http", "containerPort": 81}]}),
	]})
	v == set()
}
