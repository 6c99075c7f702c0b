package kubeward.rules.pod_security.pss_selinux_test

import data.kubeward.rules.pod_security.pss_selinux as rule
import data.kubeward.test.fixtures as fx

_selinux(opts) := {"securityContext": {"seLinuxOptions": opts}}

test_pod_type_denied if {
	v := rule.violation with input as fx.pod({"securityContext": {"seLinuxOptions": {"type": "spc_t"}}, "containers": [fx.container("web", {})]})
	v == {fx.finding(
		`pod sets SELinux type "spc_t"; only container_t, container_init_t, container_kvm_t or container_engine_t are allowed`,
		"spec.securityContext.seLinuxOptions.type",
	)}
}

test_pod_user_and_role_denied if {
	v := rule.violation with input as fx.of_kind("Job", {
		"securityContext": {"seLinuxOptions": {"user": "system_u", "role": "system_r", "type": "container_t", "level": "s0:c123,c456"}},
		"containers": [fx.container("web", {})],
	})
	v == {
		fx.finding(`pod sets SELinux user "system_u"; a custom SELinux user is not allowed`, "spec.template.spec.securityContext.seLinuxOptions.user"),
		fx.finding(`pod sets SELinux role "system_r"; a custom SELinux role is not allowed`, "spec.template.spec.securityContext.seLinuxOptions.role"),
	}
}

test_every_container_list_denied if {
	v := rule.violation with input as fx.of_kind("DaemonSet", {
		"initContainers": [fx.container("init", _selinux({"type": "unconfined_t"}))],
		"containers": [fx.container("web", _selinux({"type": "container_t"})), fx.container("side", _selinux({"role": "object_r"}))],
		"ephemeralContainers": [fx.container("debug", _selinux({"user": "unconfined_u", "type": "spc_t"}))],
	})
	v == {
		fx.finding(
			`init container "init" sets SELinux type "unconfined_t"; only container_t, container_init_t, container_kvm_t or container_engine_t are allowed`,
			"spec.template.spec.initContainers[0].securityContext.seLinuxOptions.type",
		),
		fx.finding(`container "side" sets SELinux role "object_r"; a custom SELinux role is not allowed`, "spec.template.spec.containers[1].securityContext.seLinuxOptions.role"),
		fx.finding(
			`ephemeral container "debug" sets SELinux type "spc_t"; only container_t, container_init_t, container_kvm_t or container_engine_t are allowed`,
			"spec.template.spec.ephemeralContainers[0].securityContext.seLinuxOptions.type",
		),
		fx.finding(`ephemeral container "debug" sets SELinux user "unconfined_u"; a custom SELinux user is not allowed`, "spec.template.spec.ephemeralContainers[0].securityContext.seLinuxOptions.user"),
	}
}

# Pod-level options are judged even when the container overrides them.
test_pod_level_judged_despite_container_override if {
	v := rule.violation with input as fx.pod({
		"securityContext": {"seLinuxOptions": {"type": "spc_t"}},
		"containers": [fx.container("web", _selinux({"type": "container_t"}))],
	})
	v == {fx.finding(
		`pod sets SELinux type "spc_t"; only container_t, container_init_t, container_kvm_t or container_engine_t are allowed`,
		"spec.securityContext.seLinuxOptions.type",
	)}
}

test_allowed_types_and_empty_values if {
	v := rule.violation with input as fx.pod({
		"securityContext": {"seLinuxOptions": {"level": "s0:c1,c2"}},
		"containers": [
			fx.container("a", _selinux({"type": "container_t"})),
			fx.container("b", _selinux({"type": "container_init_t"})),
			fx.container("c", _selinux({"type": "container_kvm_t"})),
			fx.container("d", _selinux({"type": "container_engine_t"})),
			fx.container("e", _selinux({"type": "", "user": "", "role": ""})),
			fx.container("f", _selinux({"type": null, "user": null, "role": null})),
			fx.container("g", _selinux(null)),
			fx.container("h", {}),
		],
	})
	v == set()
}

# container_engine_t is allowed from v1.31 only.
_engine := fx.pod({"containers": [fx.container("web", {"securityContext": {"seLinuxOptions": {"type": "container_engine_t"}}})]})

test_container_engine_t_from_1_31 if {
	v := rule.violation with input as object.union(_engine, {"parameters": {"version": "v1.30"}})
	v == {fx.finding(`container "web" sets SELinux type "container_engine_t"; only container_t, container_init_t or container_kvm_t are allowed`, "spec.containers[0].securityContext.seLinuxOptions.type")}
	v31 := rule.violation with input as object.union(_engine, {"parameters": {"version": "v1.31"}})
	v31 == set()
}
