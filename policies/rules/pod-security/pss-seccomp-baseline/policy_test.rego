package kubeward.rules.pod_security.pss_seccomp_baseline_test

import data.kubeward.rules.pod_security.pss_seccomp_baseline as rule
import data.kubeward.test.fixtures as fx

_seccomp(type) := {"securityContext": {"seccompProfile": {"type": type}}}

test_pod_unconfined_denied if {
	v := rule.violation with input as fx.pod({
		"securityContext": {"seccompProfile": {"type": "Unconfined"}},
		"containers": [fx.container("web", _seccomp("RuntimeDefault"))],
	})
	v == {fx.finding(`pod sets seccomp profile type "Unconfined"; only RuntimeDefault or Localhost are allowed`, "spec.securityContext.seccompProfile.type")}
}

test_every_container_list_denied if {
	v := rule.violation with input as fx.of_kind("CronJob", {
		"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}},
		"initContainers": [fx.container("init", _seccomp("Unconfined"))],
		"containers": [fx.container("web", _seccomp("Localhost")), fx.container("side", _seccomp("unconfined"))],
		"ephemeralContainers": [fx.container("debug", _seccomp("Unconfined"))],
	})
	v == {
		fx.finding(`init container "init" sets seccomp profile type "Unconfined"; only RuntimeDefault or Localhost are allowed`, "spec.jobTemplate.spec.template.spec.initContainers[0].securityContext.seccompProfile.type"),
		fx.finding(`container "side" sets seccomp profile type "unconfined"; only RuntimeDefault or Localhost are allowed`, "spec.jobTemplate.spec.template.spec.containers[1].securityContext.seccompProfile.type"),
		fx.finding(`ephemeral container "debug" sets seccomp profile type "Unconfined"; only RuntimeDefault or Localhost are allowed`, "spec.jobTemplate.spec.template.spec.ephemeralContainers[0].securityContext.seccompProfile.type"),
	}
}

test_profile_without_type_denied if {
	v := rule.violation with input as fx.pod({
		"securityContext": {"seccompProfile": {}},
		"containers": [fx.container("web", _seccomp(null))],
	})
	v == {
		fx.finding(`pod sets seccomp profile type ""; only RuntimeDefault or Localhost are allowed`, "spec.securityContext.seccompProfile"),
		fx.finding(`container "web" sets seccomp profile type ""; only RuntimeDefault or Localhost are allowed`, "spec.containers[0].securityContext.seccompProfile"),
	}
}

# Baseline only forbids weakening seccomp; leaving it unset is a Restricted concern.
test_allowed_values_and_unset if {
	v := rule.violation with input as fx.review(fx.workload("Pod", {"seccomp.security.alpha.kubernetes.io/pod": "unconfined"}, {
		"securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "profiles/audit.json"}},
		"containers": [
			fx.container("a", _seccomp("RuntimeDefault")),
			fx.container("b", {"securityContext": {"seccompProfile": null}}),
			fx.container("c", {}),
		],
	}))
	v == set()
}

test_no_pod_security_context_allowed if {
	v := rule.violation with input as fx.of_kind("Job", {"containers": [fx.container("a", {})]})
	v == set()
}

# Up to v1.18 only the alpha annotations are judged; from v1.19 only the fields.
_legacy := fx.review(fx.workload(
	"Deployment", {
		"seccomp.security.alpha.kubernetes.io/pod": "unconfined",
		"container.seccomp.security.alpha.kubernetes.io/web": "docker/default",
		"container.seccomp.security.alpha.kubernetes.io/side": "localhost/p.json",
		"container.seccomp.security.alpha.kubernetes.io/init": "runtime/default",
		"container.seccomp.security.alpha.kubernetes.io/gone": "unconfined",
		"container.seccomp.security.alpha.kubernetes.io/bad": "unconfined",
	},
	{
		"initContainers": [fx.container("init", {})],
		"containers": [
			fx.container("web", {"securityContext": {"seccompProfile": {"type": "Unconfined"}}}),
			fx.container("side", {}),
			fx.container("bad", {}),
		],
	},
))

test_annotations_up_to_1_18 if {
	v := rule.violation with input as object.union(_legacy, {"parameters": {"version": "v1.18"}})
	v == {
		fx.finding(`annotation "seccomp.security.alpha.kubernetes.io/pod" sets the seccomp profile of the pod to "unconfined"; only runtime/default, docker/default or localhost/<profile> are allowed`, `spec.template.metadata.annotations["seccomp.security.alpha.kubernetes.io/pod"]`),
		fx.finding(`annotation "container.seccomp.security.alpha.kubernetes.io/bad" sets the seccomp profile of the container "bad" to "unconfined"; only runtime/default, docker/default or localhost/<profile> are allowed`, `spec.template.metadata.annotations["container.seccomp.security.alpha.kubernetes.io/bad"]`),
	}
}

test_fields_from_1_19 if {
	v := rule.violation with input as object.union(_legacy, {"parameters": {"version": "v1.19"}})
	v == {fx.finding(`container "web" sets seccomp profile type "Unconfined"; only RuntimeDefault or Localhost are allowed`, "spec.template.spec.containers[0].securityContext.seccompProfile.type")}
}
