package kubeward.rules.pod_security.pss_seccomp_restricted_test

import data.kubeward.rules.pod_security.pss_seccomp_restricted as rule
import data.kubeward.test.fixtures as fx

_unset(label) := sprintf("neither the pod nor %s sets a seccomp profile; set securityContext.seccompProfile.type to RuntimeDefault or Localhost", [label])

_bad(who, type) := sprintf("%s sets seccomp profile type %q; only RuntimeDefault or Localhost are allowed", [who, type])

_runtime_default := {"seccompProfile": {"type": "RuntimeDefault"}}

test_nothing_set_denied if {
	v := rule.violation with input as fx.pod({
		"initContainers": [fx.container("setup", {"securityContext": {"runAsNonRoot": true}})],
		"containers": [fx.container("web", {}), fx.container("ok", {"securityContext": _runtime_default})],
		"ephemeralContainers": [fx.container("debug", {"securityContext": {"seccompProfile": null}})],
	})
	v == {
		fx.finding(_unset(`init container "setup"`), "spec.initContainers[0].securityContext"),
		fx.finding(_unset(`container "web"`), "spec.containers[0]"),
		fx.finding(_unset(`ephemeral container "debug"`), "spec.ephemeralContainers[0].securityContext"),
	}
}

test_pod_level_covers_containers if {
	every kind, _ in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "p.json"}}, "containers": [fx.container("web", {})]})
		v == set()
	}
}

test_bad_values_denied if {
	v := rule.violation with input as fx.of_kind("Deployment", {
		"securityContext": {"seccompProfile": {"type": "Unconfined"}},
		"containers": [
			fx.container("web", {}),
			fx.container("bad", {"securityContext": {"seccompProfile": {"type": "Unconfined"}}}),
			fx.container("empty", {"securityContext": {"seccompProfile": {}}}),
		],
	})
	v == {
		fx.finding(_bad("pod", "Unconfined"), "spec.template.spec.securityContext.seccompProfile.type"),
		fx.finding(_bad(`container "bad"`, "Unconfined"), "spec.template.spec.containers[1].securityContext.seccompProfile.type"),
		fx.finding(_bad(`container "empty"`, ""), "spec.template.spec.containers[2].securityContext.seccompProfile"),
	}
}

test_pod_profile_without_type_denied if {
	v := rule.violation with input as fx.pod({"securityContext": {"seccompProfile": {}}, "containers": [fx.container("web", {"securityContext": _runtime_default})]})
	v == {fx.finding(_bad("pod", ""), "spec.securityContext.seccompProfile")}
}

# Windows pods are exempt from v1.25, checked before.
_windows := fx.pod({"os": {"name": "windows"}, "securityContext": {"seccompProfile": {"type": "Unconfined"}}, "containers": [fx.container("web", {})]})

test_windows_exempt_from_1_25 if {
	v := rule.violation with input as _windows
	v == set()
	v25 := rule.violation with input as object.union(_windows, {"parameters": {"version": "v1.25"}})
	v25 == set()
}

test_windows_checked_before_1_25 if {
	v := rule.violation with input as object.union(_windows, {"parameters": {"version": "v1.24"}})
	v == {fx.finding(_bad("pod", "Unconfined"), "spec.securityContext.seccompProfile.type")}
}

# Before v1.19 the fields are not required; the Baseline annotation check applies instead.
test_fields_not_required_before_1_19 if {
	v := rule.violation with input as object.union(
		fx.pod({"containers": [fx.container("web", {"securityContext": {"seccompProfile": {"type": "Unconfined"}}})]}),
		{"parameters": {"version": "v1.18"}},
	)
	v == set()
	v19 := rule.violation with input as object.union(
		fx.pod({"containers": [fx.container("web", {})]}),
		{"parameters": {"version": "v1.19"}},
	)
	v19 == {fx.finding(_unset(`container "web"`), "spec.containers[0]")}
}

_annotated := fx.review(fx.workload(
	"Deployment", {
		"seccomp.security.alpha.kubernetes.io/pod": "unconfined",
		"container.seccomp.security.alpha.kubernetes.io/web": "localhost/profile.json",
		"container.seccomp.security.alpha.kubernetes.io/debug": "unconfined",
		"container.seccomp.security.alpha.kubernetes.io/gone": "unconfined",
		"container.seccomp.security.alpha.kubernetes.io/setup": "docker/default",
		"container.seccomp.security.alpha.kubernetes.io/side": "runtime/default",
	},
	{
		"initContainers": [fx.container("setup", {})],
		"containers": [fx.container("web", {}), fx.container("side", {})],
		"ephemeralContainers": [fx.container("debug", {})],
	},
))

test_annotations_before_1_19 if {
	v := rule.violation with input as object.union(_annotated, {"parameters": {"version": "v1.18"}})
	v == {
		fx.finding(`annotation "seccomp.security.alpha.kubernetes.io/pod" sets the seccomp profile of the pod to "unconfined"; only runtime/default, docker/default or localhost/<profile> are allowed`, `spec.template.metadata.annotations["seccomp.security.alpha.kubernetes.io/pod"]`),
		fx.finding(`annotation "container.seccomp.security.alpha.kubernetes.io/debug" sets the seccomp profile of the ephemeral container "debug" to "unconfined"; only runtime/default, docker/default or localhost/<profile> are allowed`, `spec.template.metadata.annotations["container.seccomp.security.alpha.kubernetes.io/debug"]`),
	}
}

test_annotations_ignored_from_1_19 if {
	v := rule.violation with input as object.union(_annotated, {"review": {"object": {"spec": {"template": {"spec": {"securityContext": _runtime_default}}}}}})
	v == set()
}
