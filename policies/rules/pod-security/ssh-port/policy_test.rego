package kubeward.rules.pod_security.ssh_port_test

import data.kubeward.rules.pod_security.ssh_port as rule
import data.kubeward.test.fixtures as fx

test_denied if {
	v := rule.violation with input as fx.of_kind("StatefulSet", {"containers": [
		fx.container("sftp", {"ports": [{"containerPort": 22}]}),
		fx.container("git", {"ports": [{"name": "http", "containerPort": 3000}, {"name": "SSH", "containerPort": 2222}]}),
	]})
	v == {
		fx.finding(`container "sftp" exposes an SSH port (22)`, "spec.template.spec.containers[0].ports[0]"),
		fx.finding(`container "git" exposes an SSH port (2222)`, "spec.template.spec.containers[1].ports[1]"),
	}
}

test_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {"ports": [{"name": "http", "containerPort": 8080}, {"name": null, "containerPort": 2200}]})]})
	v == set()
}
