package kubeward.rules.pod_security.writable_host_path_test

import data.kubeward.rules.pod_security.writable_host_path as rule
import data.kubeward.test.fixtures as fx

_volumes := [
	{"name": "logs", "hostPath": {"path": "/var/log"}},
	{"name": "tmp", "emptyDir": {}},
	{"name": "nil", "hostPath": null},
]

test_denied if {
	v := rule.violation with input as fx.of_kind("DaemonSet", {
		"volumes": _volumes,
		"initContainers": [fx.container("init", {"volumeMounts": [{"name": "logs", "mountPath": "/host/log", "readOnly": false}]})],
		"containers": [fx.container("agent", {"volumeMounts": [
			{"name": "tmp", "mountPath": "/tmp"},
			{"name": "logs", "mountPath": "/host/log"},
			{"name": "nil", "mountPath": "/nil"},
		]})],
	})
	v == {
		fx.finding(`init container "init" mounts the host path "/var/log" (volume "logs") writable at "/host/log"`, "spec.template.spec.initContainers[0].volumeMounts[0].readOnly"),
		fx.finding(`container "agent" mounts the host path "/var/log" (volume "logs") writable at "/host/log"`, "spec.template.spec.containers[0].volumeMounts[1].readOnly"),
	}
}

test_read_only_allowed if {
	v := rule.violation with input as fx.pod({
		"volumes": _volumes,
		"containers": [fx.container("agent", {"volumeMounts": [{"name": "logs", "mountPath": "/host/log", "readOnly": true}]})],
	})
	v == set()
}
