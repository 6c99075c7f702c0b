package kubeward.rules.pod_security.pss_run_as_user_test

import data.kubeward.rules.pod_security.pss_run_as_user as rule
import data.kubeward.test.fixtures as fx

_root_pod := fx.pod({
	"securityContext": {"runAsUser": 0},
	"initContainers": [fx.container("setup", {"securityContext": {"runAsUser": 0}})],
	"containers": [fx.container("web", {"securityContext": {"runAsUser": 1000}}), fx.container("side", {})],
	"ephemeralContainers": [fx.container("debug", {"securityContext": {"runAsUser": 0}})],
})

_expected := {
	fx.finding("pod sets securityContext.runAsUser to 0 (root)", "spec.securityContext.runAsUser"),
	fx.finding(`init container "setup" sets securityContext.runAsUser to 0 (root)`, "spec.initContainers[0].securityContext.runAsUser"),
	fx.finding(`ephemeral container "debug" sets securityContext.runAsUser to 0 (root)`, "spec.ephemeralContainers[0].securityContext.runAsUser"),
}

test_uid_0_denied if {
	v := rule.violation with input as _root_pod
	v == _expected
}

test_every_workload_kind_denied if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"containers": [fx.container("web", {"securityContext": {"runAsUser": 0}})]})
		v == {fx.finding(`container "web" sets securityContext.runAsUser to 0 (root)`, sprintf("%s.containers[0].securityContext.runAsUser", [prefix]))}
	}
}

test_non_zero_and_unset_allowed if {
	v := rule.violation with input as fx.pod({
		"securityContext": {"runAsUser": 65532},
		"containers": [fx.container("a", {}), fx.container("b", {"securityContext": {"runAsUser": null}}), fx.container("c", {"securityContext": {"runAsUser": 1}})],
	})
	v == set()
}

# The check exists from v1.23.
test_version_gate_1_23 if {
	v := rule.violation with input as object.union(_root_pod, {"parameters": {"version": "v1.22"}})
	v == set()
	v23 := rule.violation with input as object.union(_root_pod, {"parameters": {"version": "v1.23"}})
	v23 == _expected
}

# hostUsers: false relaxes it from v1.35.
test_user_namespace_relaxed_from_1_35 if {
	userns := object.union(_root_pod, {"review": {"object": {"spec": {"hostUsers": false}}}})
	v := rule.violation with input as userns
	v == set()
	v34 := rule.violation with input as object.union(userns, {"parameters": {"version": "v1.34"}})
	v34 == _expected
}
