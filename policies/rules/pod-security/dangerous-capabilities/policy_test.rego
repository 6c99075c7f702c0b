package kubeward.rules.pod_security.dangerous_capabilities_test

import data.kubeward.rules.pod_security.dangerous_capabilities as rule
import data.kubeward.test.fixtures as fx

_caps(add) := {"securityContext": {"capabilities": {"add": add}}}

test_default_list_denied if {
	v := rule.violation with input as fx.pod({
		"initContainers": [fx.container("init", _caps(["cap_sys_admin"]))],
		"containers": [fx.container("web", _caps(["NET_BIND_SERVICE", "NET_ADMIN", "ALL"]))],
		"ephemeralContainers": [fx.container("debug", _caps(["SYS_PTRACE"]))],
	})
	v == {
		fx.finding(`init container "init" adds the dangerous capability "cap_sys_admin"`, "spec.initContainers[0].securityContext.capabilities.add[0]"),
		fx.finding(`container "web" adds the dangerous capability "NET_ADMIN"`, "spec.containers[0].securityContext.capabilities.add[1]"),
		fx.finding(`container "web" adds the dangerous capability "ALL"`, "spec.containers[0].securityContext.capabilities.add[2]"),
		fx.finding(`ephemeral container "debug" adds the dangerous capability "SYS_PTRACE"`, "spec.ephemeralContainers[0].securityContext.capabilities.add[0]"),
	}
}

test_every_kind if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"containers": [fx.container("web", _caps(["BPF"]))]})
		v == {fx.finding(`container "web" adds the dangerous capability "BPF"`, sprintf("%s.containers[0].securityContext.capabilities.add[0]", [prefix]))}
	}
}

test_parameter_replaces_list if {
	inp := object.union(fx.pod({"containers": [fx.container("web", _caps(["SYS_ADMIN", "CHOWN"]))]}), {"parameters": {"capabilities": ["chown"]}})
	v := rule.violation with input as inp
	v == {fx.finding(`container "web" adds the dangerous capability "CHOWN"`, "spec.containers[0].securityContext.capabilities.add[1]")}
}

test_allowed if {
	v := rule.violation with input as fx.pod({"containers": [
		fx.container("a", {}),
		fx.container("b", _caps(["NET_BIND_SERVICE", "CHOWN", 7])),
		fx.container("c", {"securityContext": {"capabilities": {"drop": ["ALL"]}}}),
		fx.container("d", {"securityContext": null}),
	]})
	v == set()
}
