package kubeward.rules.pod_security.pss_capabilities_baseline_test

import data.kubeward.rules.pod_security.pss_capabilities_baseline as rule
import data.kubeward.test.fixtures as fx

_add(caps) := {"securityContext": {"capabilities": {"add": caps}}}

test_sys_admin_denied if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", _add(["NET_BIND_SERVICE", "SYS_ADMIN"]))]})
	v == {fx.finding(`container "web" adds capability "SYS_ADMIN", which is not in the Baseline set`, "spec.containers[0].securityContext.capabilities.add[1]")}
}

test_every_container_list_denied if {
	v := rule.violation with input as fx.of_kind("ReplicaSet", {
		"initContainers": [fx.container("init", _add(["NET_ADMIN"]))],
		"containers": [fx.container("web", _add(["NET_RAW", "ALL"]))],
		"ephemeralContainers": [fx.container("debug", _add(["SYS_PTRACE"]))],
	})
	v == {
		fx.finding(`init container "init" adds capability "NET_ADMIN", which is not in the Baseline set`, "spec.template.spec.initContainers[0].securityContext.capabilities.add[0]"),
		fx.finding(`container "web" adds capability "NET_RAW", which is not in the Baseline set`, "spec.template.spec.containers[0].securityContext.capabilities.add[0]"),
		fx.finding(`container "web" adds capability "ALL", which is not in the Baseline set`, "spec.template.spec.containers[0].securityContext.capabilities.add[1]"),
		fx.finding(`ephemeral container "debug" adds capability "SYS_PTRACE", which is not in the Baseline set`, "spec.template.spec.ephemeralContainers[0].securityContext.capabilities.add[0]"),
	}
}

# Kubernetes compares capability names exactly; prefixed or lower-case spellings are not allowed.
test_spelling_variants_denied if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", _add(["CAP_CHOWN", "chown"]))]})
	v == {
		fx.finding(`container "web" adds capability "CAP_CHOWN", which is not in the Baseline set`, "spec.containers[0].securityContext.capabilities.add[0]"),
		fx.finding(`container "web" adds capability "chown", which is not in the Baseline set`, "spec.containers[0].securityContext.capabilities.add[1]"),
	}
}

test_whole_baseline_set_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", _add([
		"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
		"NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
	]))]})
	v == set()
}

# Dropping is always fine, including dropping ALL; only `add` is restricted.
test_drop_and_empty_allowed if {
	v := rule.violation with input as fx.pod({"containers": [
		fx.container("a", {"securityContext": {"capabilities": {"drop": ["ALL", "SYS_ADMIN"]}}}),
		fx.container("b", _add([])),
		fx.container("c", _add(null)),
		fx.container("d", {"securityContext": {"capabilities": null}}),
		fx.container("e", {}),
	]})
	v == set()
}

# The check is the same at every Pod Security Standards version: the version parameter changes
# nothing, from v1.0 to latest.
test_same_at_every_version if {
	every version in ["v1.0", "v1.24", "v1.35", "latest"] {
		count(rule.violation) == 1 with input as object.union(fx.pod({"containers": [fx.container("web", {"securityContext": {"capabilities": {"add": ["SYS_ADMIN"]}}})]}), {"parameters": {"version": version}})
		count(rule.violation) == 0 with input as object.union(fx.pod({"containers": [fx.container("web", {"securityContext": {"capabilities": {"add": ["CHOWN"]}}})]}), {"parameters": {"version": version}})
	}
}
