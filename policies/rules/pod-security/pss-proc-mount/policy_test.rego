package kubeward.rules.pod_security.pss_proc_mount_test

import data.kubeward.rules.pod_security.pss_proc_mount as rule
import data.kubeward.test.fixtures as fx

_proc(mount) := {"securityContext": {"procMount": mount}}

test_unmasked_denied if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", _proc("Unmasked"))]})
	v == {fx.finding(`container "web" sets procMount "Unmasked" without a user namespace (spec.hostUsers: false)`, "spec.containers[0].securityContext.procMount")}
}

test_every_container_list_denied if {
	v := rule.violation with input as fx.of_kind("Deployment", {
		"hostUsers": true,
		"initContainers": [fx.container("init", _proc("Unmasked"))],
		"containers": [fx.container("web", _proc("Default")), fx.container("odd", _proc(""))],
		"ephemeralContainers": [fx.container("debug", _proc("Unmasked"))],
	})
	v == {
		fx.finding(`init container "init" sets procMount "Unmasked" without a user namespace (spec.hostUsers: false)`, "spec.template.spec.initContainers[0].securityContext.procMount"),
		fx.finding(`container "odd" sets procMount "" without a user namespace (spec.hostUsers: false)`, "spec.template.spec.containers[1].securityContext.procMount"),
		fx.finding(`ephemeral container "debug" sets procMount "Unmasked" without a user namespace (spec.hostUsers: false)`, "spec.template.spec.ephemeralContainers[0].securityContext.procMount"),
	}
}

test_host_users_null_is_not_a_user_namespace if {
	v := rule.violation with input as fx.pod({"hostUsers": null, "containers": [fx.container("web", _proc("Unmasked"))]})
	v == {fx.finding(`container "web" sets procMount "Unmasked" without a user namespace (spec.hostUsers: false)`, "spec.containers[0].securityContext.procMount")}
}

# Since Kubernetes v1.35 Baseline allows any procMount in a user namespace.
test_user_namespace_allowed if {
	v := rule.violation with input as fx.of_kind("StatefulSet", {
		"hostUsers": false,
		"containers": [fx.container("web", _proc("Unmasked"))],
		"ephemeralContainers": [fx.container("debug", _proc("Unmasked"))],
	})
	v == set()
}

test_default_null_and_unset_allowed if {
	v := rule.violation with input as fx.pod({"containers": [
		fx.container("a", _proc("Default")),
		fx.container("b", _proc(null)),
		fx.container("c", {"securityContext": {}}),
		fx.container("d", {}),
	]})
	v == set()
}

# The hostUsers: false relaxation exists from v1.35; before, Unmasked is forbidden in any pod.
_userns := fx.pod({"hostUsers": false, "containers": [fx.container("web", {"securityContext": {"procMount": "Unmasked"}})]})

test_user_namespace_relaxation_from_1_35 if {
	v := rule.violation with input as object.union(_userns, {"parameters": {"version": "v1.34"}})
	v == {fx.finding(`container "web" sets procMount "Unmasked" without a user namespace (spec.hostUsers: false)`, "spec.containers[0].securityContext.procMount")}
	v35 := rule.violation with input as object.union(_userns, {"parameters": {"version": "v1.35"}})
	v35 == set()
}
