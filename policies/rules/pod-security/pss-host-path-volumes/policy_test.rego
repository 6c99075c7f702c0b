package kubeward.rules.pod_security.pss_host_path_volumes_test

import data.kubeward.rules.pod_security.pss_host_path_volumes as rule
import data.kubeward.test.fixtures as fx

_containers := [fx.container("app", {})]

test_host_path_denied if {
	v := rule.violation with input as fx.pod({"containers": _containers, "volumes": [
		{"name": "cache", "emptyDir": {}},
		{"name": "docker", "hostPath": {"path": "/var/run/docker.sock", "type": "Socket"}},
	]})
	v == {fx.finding(`volume "docker" mounts the host path "/var/run/docker.sock"`, "spec.volumes[1].hostPath")}
}

test_host_path_without_path_denied if {
	v := rule.violation with input as fx.of_kind("ReplicationController", {"containers": _containers, "volumes": [{"name": "root", "hostPath": {}}]})
	v == {fx.finding(`volume "root" mounts the host path ""`, "spec.template.spec.volumes[0].hostPath")}
}

test_several_in_a_pod_template_denied if {
	v := rule.violation with input as fx.of_kind("PodTemplate", {"containers": _containers, "volumes": [
		{"name": "root", "hostPath": {"path": "/"}},
		{"name": "logs", "hostPath": {"path": "/var/log", "type": "Directory"}},
	]})
	v == {
		fx.finding(`volume "root" mounts the host path "/"`, "template.spec.volumes[0].hostPath"),
		fx.finding(`volume "logs" mounts the host path "/var/log"`, "template.spec.volumes[1].hostPath"),
	}
}

test_other_volume_types_and_null_allowed if {
	v := rule.violation with input as fx.pod({"containers": _containers, "volumes": [
		{"name": "a", "emptyDir": {}},
		{"name": "b", "configMap": {"name": "cfg"}},
		{"name": "c", "persistentVolumeClaim": {"claimName": "data"}},
		{"name": "d", "hostPath": null, "emptyDir": {}},
	]})
	v == set()
}

test_no_volumes_allowed if {
	v := rule.violation with input as fx.pod({"containers": _containers})
	v == set()
}

# The check is the same at every Pod Security Standards version: the version parameter changes
# nothing, from v1.0 to latest.
test_same_at_every_version if {
	every version in ["v1.0", "v1.24", "v1.35", "latest"] {
		count(rule.violation) == 1 with input as object.union(fx.pod({"containers": [fx.container("web", {})], "volumes": [{"name": "h", "hostPath": {"path": "/etc"}}]}), {"parameters": {"version": version}})
		count(rule.violation) == 0 with input as object.union(fx.pod({"containers": [fx.container("web", {})], "volumes": [{"name": "h", "emptyDir": {}}]}), {"parameters": {"version": version}})
	}
}
