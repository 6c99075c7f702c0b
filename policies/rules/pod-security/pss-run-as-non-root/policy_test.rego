package kubeward.rules.pod_security.pss_run_as_non_root_test

import data.kubeward.rules.pod_security.pss_run_as_non_root as rule
import data.kubeward.test.fixtures as fx

_unset(label) := sprintf("neither the pod nor %s sets securityContext.runAsNonRoot to true", [label])

_false(label) := sprintf("%s sets securityContext.runAsNonRoot to false; it must be true", [label])

_pod_false := "pod sets securityContext.runAsNonRoot to false; it must be true"

test_nothing_set_denied if {
	v := rule.violation with input as fx.pod({
		"initContainers": [fx.container("setup", {"securityContext": {"runAsUser": 1000}})],
		"containers": [fx.container("web", {}), fx.container("ok", {"securityContext": {"runAsNonRoot": true}})],
		"ephemeralContainers": [fx.container("debug", {"securityContext": {"runAsNonRoot": null}})],
	})
	v == {
		fx.finding(_unset(`init container "setup"`), "spec.initContainers[0].securityContext"),
		fx.finding(_unset(`container "web"`), "spec.containers[0]"),
		fx.finding(_unset(`ephemeral container "debug"`), "spec.ephemeralContainers[0].securityContext"),
	}
}

test_pod_true_covers_unset_containers if {
	v := rule.violation with input as fx.of_kind("Deployment", {
		"securityContext": {"runAsNonRoot": true},
		"containers": [fx.container("web", {}), fx.container("bad", {"securityContext": {"runAsNonRoot": false}})],
	})
	v == {fx.finding(_false(`container "bad"`), "spec.template.spec.containers[1].securityContext.runAsNonRoot")}
}

test_pod_false_denied_once if {
	v := rule.violation with input as fx.pod({
		"securityContext": {"runAsNonRoot": false},
		"containers": [fx.container("web", {}), fx.container("ok", {"securityContext": {"runAsNonRoot": true}})],
	})
	v == {fx.finding(_pod_false, "spec.securityContext.runAsNonRoot")}
}

test_pod_null_is_unset if {
	v := rule.violation with input as fx.pod({"securityContext": {"runAsNonRoot": null}, "containers": [fx.container("web", {})]})
	v == {fx.finding(_unset(`container "web"`), "spec.containers[0]")}
}

test_every_container_true_allowed if {
	every kind, _ in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"containers": [fx.container("web", {"securityContext": {"runAsNonRoot": true}})]})
		v == set()
	}
}

# hostUsers: false relaxes the check from v1.35 only.
_userns := fx.pod({"hostUsers": false, "securityContext": {"runAsNonRoot": false}, "containers": [fx.container("web", {"securityContext": {"runAsNonRoot": false}})]})

test_user_namespace_relaxed_from_1_35 if {
	v := rule.violation with input as _userns
	v == set()
	v35 := rule.violation with input as object.union(_userns, {"parameters": {"version": "v1.35"}})
	v35 == set()
}

test_user_namespace_checked_before_1_35 if {
	v := rule.violation with input as object.union(_userns, {"parameters": {"version": "v1.34"}})
	v == {
		fx.finding(_pod_false, "spec.securityContext.runAsNonRoot"),
		fx.finding(_false(`container "web"`), "spec.containers[0].securityContext.runAsNonRoot"),
	}
}

test_host_users_true_not_relaxed if {
	v := rule.violation with input as fx.pod({"hostUsers": true, "containers": [fx.container("web", {})]})
	v == {fx.finding(_unset(`container "web"`), "spec.containers[0]")}
}
