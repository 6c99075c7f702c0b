package kubeward.rules.pod_security.pss_allow_privilege_escalation_test

import data.kubeward.rules.pod_security.pss_allow_privilege_escalation as rule
import data.kubeward.test.fixtures as fx

_msg(label, state) := sprintf("%s %s; it must set securityContext.allowPrivilegeEscalation to false", [label, state])

_bad_pod := fx.pod({
	"initContainers": [fx.container("setup", {"securityContext": {"allowPrivilegeEscalation": true}})],
	"containers": [
		fx.container("web", {}),
		fx.container("ok", {"securityContext": {"allowPrivilegeEscalation": false}}),
		fx.container("side", {"securityContext": {"runAsNonRoot": true}}),
		fx.container("nul", {"securityContext": {"allowPrivilegeEscalation": null}}),
	],
	"ephemeralContainers": [fx.container("debug", {"securityContext": null})],
})

test_unset_true_and_null_denied if {
	v := rule.violation with input as _bad_pod
	v == {
		fx.finding(_msg(`init container "setup"`, "allows privilege escalation"), "spec.initContainers[0].securityContext.allowPrivilegeEscalation"),
		fx.finding(_msg(`container "web"`, "does not set allowPrivilegeEscalation"), "spec.containers[0]"),
		fx.finding(_msg(`container "side"`, "does not set allowPrivilegeEscalation"), "spec.containers[2].securityContext"),
		fx.finding(_msg(`container "nul"`, "does not set allowPrivilegeEscalation"), "spec.containers[3].securityContext"),
		fx.finding(_msg(`ephemeral container "debug"`, "does not set allowPrivilegeEscalation"), "spec.ephemeralContainers[0]"),
	}
}

test_every_workload_kind_denied if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"containers": [fx.container("web", {"securityContext": {"allowPrivilegeEscalation": true}})]})
		v == {fx.finding(_msg(`container "web"`, "allows privilege escalation"), sprintf("%s.containers[0].securityContext.allowPrivilegeEscalation", [prefix]))}
	}
}

test_false_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {"securityContext": {"allowPrivilegeEscalation": false}})]})
	v == set()
}

# Version gates: the field exists from v1.8; Windows pods are exempt from v1.25.
test_before_1_8_allowed if {
	v := rule.violation with input as object.union(_bad_pod, {"parameters": {"version": "v1.7"}})
	v == set()
	count(rule.violation) == 5 with input as object.union(_bad_pod, {"parameters": {"version": "v1.8"}})
}

_windows_pod := fx.pod({"os": {"name": "windows"}, "containers": [fx.container("web", {})]})

test_windows_exempt_from_1_25 if {
	v := rule.violation with input as _windows_pod
	v == set()
	v25 := rule.violation with input as object.union(_windows_pod, {"parameters": {"version": "v1.25"}})
	v25 == set()
}

test_windows_checked_before_1_25 if {
	v := rule.violation with input as object.union(_windows_pod, {"parameters": {"version": "v1.24"}})
	v == {fx.finding(_msg(`container "web"`, "does not set allowPrivilegeEscalation"), "spec.containers[0]")}
}

test_linux_os_not_exempt if {
	v := rule.violation with input as fx.pod({"os": {"name": "linux"}, "containers": [fx.container("web", {})]})
	v == {fx.finding(_msg(`container "web"`, "does not set allowPrivilegeEscalation"), "spec.containers[0]")}
}
