package kubeward.rules.pod_security.pss_host_ports_test

import data.kubeward.rules.pod_security.pss_host_ports as rule
import data.kubeward.test.fixtures as fx

test_host_port_denied if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {"ports": [
		{"containerPort": 8080},
		{"containerPort": 80, "hostPort": 80, "protocol": "TCP"},
	]})]})
	v == {fx.finding(`container "web" binds host port 80`, "spec.containers[0].ports[1].hostPort")}
}

test_every_container_list_denied if {
	v := rule.violation with input as fx.of_kind("Deployment", {
		"initContainers": [fx.container("init", {"ports": [{"containerPort": 53, "hostPort": 53, "protocol": "UDP"}]})],
		"containers": [fx.container("web", {"ports": [{"containerPort": 443, "hostPort": 8443}]})],
		"ephemeralContainers": [fx.container("debug", {"ports": [{"containerPort": 9000, "hostPort": 9000}]})],
	})
	v == {
		fx.finding(`init container "init" binds host port 53`, "spec.template.spec.initContainers[0].ports[0].hostPort"),
		fx.finding(`container "web" binds host port 8443`, "spec.template.spec.containers[0].ports[0].hostPort"),
		fx.finding(`ephemeral container "debug" binds host port 9000`, "spec.template.spec.ephemeralContainers[0].ports[0].hostPort"),
	}
}

test_zero_null_and_unset_allowed if {
	v := rule.violation with input as fx.pod({"containers": [
		fx.container("a", {"ports": [{"containerPort": 80, "hostPort": 0}, {"containerPort": 81, "hostPort": null}]}),
		fx.container("b", {"ports": [{"containerPort": 82, "hostIP": "127.0.0.1"}]}),
		fx.container("c", {}),
	]})
	v == set()
}

# The check is the same at every Pod Security Standards version: the version parameter changes
# nothing, from v1.0 to latest.
test_same_at_every_version if {
	every version in ["v1.0", "v1.24", "v1.35", "latest"] {
		count(rule.violation) == 1 with input as object.union(fx.pod({"containers": [fx.container("web", {"ports": [{"containerPort": 80, "hostPort": 80}]})]}), {"parameters": {"version": version}})
		count(rule.violation) == 0 with input as object.union(fx.pod({"containers": [fx.container("web", {"ports": [{"containerPort": 80}]})]}), {"parameters": {"version": version}})
	}
}
