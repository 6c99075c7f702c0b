package kubeward.rules.pod_security.pss_capabilities_restricted_test

import data.kubeward.rules.pod_security.pss_capabilities_restricted as rule
import data.kubeward.test.fixtures as fx

_nodrop(label) := sprintf(`%s does not drop ALL capabilities; set securityContext.capabilities.drop to ["ALL"]`, [label])

_add(label, cap) := sprintf("%s adds capability %q; only NET_BIND_SERVICE may be added", [label, cap])

_drop_all := {"securityContext": {"capabilities": {"drop": ["ALL"]}}}

_pod := fx.pod({
	"initContainers": [fx.container("setup", {"securityContext": {"capabilities": {"drop": ["NET_RAW"]}}})],
	"containers": [
		fx.container("web", {}),
		fx.container("ok", {"securityContext": {"capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE"]}}}),
		fx.container("admin", {"securityContext": {"capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE", "SYS_ADMIN", "CHOWN"]}}}),
		fx.container("lower", {"securityContext": {"capabilities": {"drop": ["all"]}}}),
		fx.container("nocaps", {"securityContext": {"runAsNonRoot": true}}),
		fx.container("nulldrop", {"securityContext": {"capabilities": {"drop": null}}}),
	],
	"ephemeralContainers": [fx.container("debug", {"securityContext": {"capabilities": null}})],
})

test_restricted_denied if {
	v := rule.violation with input as _pod
	v == {
		fx.finding(_nodrop(`init container "setup"`), "spec.initContainers[0].securityContext.capabilities.drop"),
		fx.finding(_nodrop(`container "web"`), "spec.containers[0]"),
		fx.finding(_add(`container "admin"`, "SYS_ADMIN"), "spec.containers[2].securityContext.capabilities.add[1]"),
		fx.finding(_add(`container "admin"`, "CHOWN"), "spec.containers[2].securityContext.capabilities.add[2]"),
		fx.finding(_nodrop(`container "lower"`), "spec.containers[3].securityContext.capabilities.drop"),
		fx.finding(_nodrop(`container "nocaps"`), "spec.containers[4].securityContext"),
		fx.finding(_nodrop(`container "nulldrop"`), "spec.containers[5].securityContext.capabilities"),
		fx.finding(_nodrop(`ephemeral container "debug"`), "spec.ephemeralContainers[0].securityContext"),
	}
}

test_drop_all_allowed_every_kind if {
	every kind, _ in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"containers": [fx.container("web", _drop_all)]})
		v == set()
	}
}

# Windows pods are exempt from v1.25.
_windows := fx.pod({"os": {"name": "windows"}, "containers": [fx.container("web", {})]})

test_windows_exempt_from_1_25 if {
	v := rule.violation with input as _windows
	v == set()
	v25 := rule.violation with input as object.union(_windows, {"parameters": {"version": "v1.25"}})
	v25 == set()
	v24 := rule.violation with input as object.union(_windows, {"parameters": {"version": "v1.24"}})
	v24 == {fx.finding(_nodrop(`container "web"`), "spec.containers[0]")}
}

# Before v1.22 the Baseline capabilities check applies at Restricted, and this rule applies it.
test_baseline_check_before_1_22 if {
	v := rule.violation with input as object.union(_pod, {"parameters": {"version": "v1.21"}})
	v == {fx.finding(`container "admin" adds capability "SYS_ADMIN", which is not in the Baseline set`, "spec.containers[2].securityContext.capabilities.add[1]")}
	count(rule.violation) == 8 with input as object.union(_pod, {"parameters": {"version": "v1.22"}})
}
