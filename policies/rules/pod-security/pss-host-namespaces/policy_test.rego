package kubeward.rules.pod_security.pss_host_namespaces_test

import data.kubeward.rules.pod_security.pss_host_namespaces as rule
import data.kubeward.test.fixtures as fx

_containers := [fx.container("app", {})]

test_host_network_denied if {
	v := rule.violation with input as fx.pod({"hostNetwork": true, "containers": _containers})
	v == {fx.finding("pod shares the host's network namespace (hostNetwork: true)", "spec.hostNetwork")}
}

test_all_three_denied if {
	v := rule.violation with input as fx.of_kind("CronJob", {"hostNetwork": true, "hostPID": true, "hostIPC": true, "containers": _containers})
	v == {
		fx.finding("pod shares the host's network namespace (hostNetwork: true)", "spec.jobTemplate.spec.template.spec.hostNetwork"),
		fx.finding("pod shares the host's process (PID) namespace (hostPID: true)", "spec.jobTemplate.spec.template.spec.hostPID"),
		fx.finding("pod shares the host's IPC namespace (hostIPC: true)", "spec.jobTemplate.spec.template.spec.hostIPC"),
	}
}

test_host_pid_denied_in_statefulset if {
	v := rule.violation with input as fx.of_kind("StatefulSet", {"hostPID": true, "hostIPC": false, "containers": _containers})
	v == {fx.finding("pod shares the host's process (PID) namespace (hostPID: true)", "spec.template.spec.hostPID")}
}

test_false_null_and_unset_allowed if {
	v := rule.violation with input as fx.pod({"hostNetwork": false, "hostPID": null, "containers": _containers})
	v == set()
}

# hostUsers: false is the opposite of sharing a host namespace (it asks for a user namespace).
test_host_users_false_allowed if {
	v := rule.violation with input as fx.pod({"hostUsers": false, "shareProcessNamespace": true, "containers": _containers})
	v == set()
}

# The check is the same at every Pod Security Standards version: the version parameter changes
# nothing, from v1.0 to latest.
test_same_at_every_version if {
	every version in ["v1.0", "v1.24", "v1.35", "latest"] {
		count(rule.violation) == 1 with input as object.union(fx.pod({"hostPID": true, "containers": [fx.container("web", {})]}), {"parameters": {"version": version}})
		count(rule.violation) == 0 with input as object.union(fx.pod({"hostPID": false, "containers": [fx.container("web", {})]}), {"parameters": {"version": version}})
	}
}
