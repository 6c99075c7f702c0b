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
