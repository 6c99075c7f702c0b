package kubeward.rules.pod_security.pss_apparmor_test

import data.kubeward.rules.pod_security.pss_apparmor as rule
import data.kubeward.test.fixtures as fx

_profile(type) := {"securityContext": {"appArmorProfile": {"type": type}}}

test_pod_unconfined_denied if {
	v := rule.violation with input as fx.pod({
		"securityContext": {"appArmorProfile": {"type": "Unconfined"}},
		"containers": [fx.container("web", _profile("RuntimeDefault"))],
	})
	v == {fx.finding(
		`pod sets AppArmor profile type "Unconfined"; only RuntimeDefault or Localhost are allowed`,
		"spec.securityContext.appArmorProfile.type",
	)}
}

test_every_container_list_denied if {
	v := rule.violation with input as fx.of_kind("StatefulSet", {
		"securityContext": {"appArmorProfile": {"type": "RuntimeDefault"}},
		"initContainers": [fx.container("init", _profile("Unconfined"))],
		"containers": [fx.container("web", _profile("Localhost")), fx.container("side", _profile("unconfined"))],
		"ephemeralContainers": [fx.container("debug", _profile("Unconfined"))],
	})
	v == {
		fx.finding(`init container "init" sets AppArmor profile type "Unconfined"; only RuntimeDefault or Localhost are allowed`, "spec.template.spec.initContainers[0].securityContext.appArmorProfile.type"),
		fx.finding(`container "side" sets AppArmor profile type "unconfined"; only RuntimeDefault or Localhost are allowed`, "spec.template.spec.containers[1].securityContext.appArmorProfile.type"),
		fx.finding(`ephemeral container "debug" sets AppArmor profile type "Unconfined"; only RuntimeDefault or Localhost are allowed`, "spec.template.spec.ephemeralContainers[0].securityContext.appArmorProfile.type"),
	}
}

test_profile_without_type_denied if {
	v := rule.violation with input as fx.pod({
		"securityContext": {"appArmorProfile": {"localhostProfile": "x"}},
		"containers": [fx.container("web", {"securityContext": {"appArmorProfile": {"type": null}}})],
	})
	v == {
		fx.finding(`pod sets AppArmor profile type ""; only RuntimeDefault or Localhost are allowed`, "spec.securityContext.appArmorProfile"),
		fx.finding(`container "web" sets AppArmor profile type ""; only RuntimeDefault or Localhost are allowed`, "spec.containers[0].securityContext.appArmorProfile"),
	}
}

test_annotations_denied_on_template_metadata if {
	v := rule.violation with input as fx.review(fx.workload(
		"Deployment", {
			"container.apparmor.security.beta.kubernetes.io/web": "unconfined",
			"container.apparmor.security.beta.kubernetes.io/gone": "my-profile",
			"container.apparmor.security.beta.kubernetes.io/ok": "localhost/k8s-nginx",
		},
		{"containers": [fx.container("web", {})]},
	))
	v == {
		fx.finding(
			`annotation "container.apparmor.security.beta.kubernetes.io/web" sets AppArmor profile "unconfined"; only runtime/default or localhost/<profile> are allowed`,
			`spec.template.metadata.annotations["container.apparmor.security.beta.kubernetes.io/web"]`,
		),
		fx.finding(
			`annotation "container.apparmor.security.beta.kubernetes.io/gone" sets AppArmor profile "my-profile"; only runtime/default or localhost/<profile> are allowed`,
			`spec.template.metadata.annotations["container.apparmor.security.beta.kubernetes.io/gone"]`,
		),
	}
}

test_annotation_denied_on_pod_and_cronjob if {
	pod := rule.violation with input as fx.review(fx.workload("Pod", {"container.apparmor.security.beta.kubernetes.io/web": "unconfined"}, {"containers": [fx.container("web", {})]}))
	pod == {fx.finding(
		`annotation "container.apparmor.security.beta.kubernetes.io/web" sets AppArmor profile "unconfined"; only runtime/default or localhost/<profile> are allowed`,
		`metadata.annotations["container.apparmor.security.beta.kubernetes.io/web"]`,
	)}
	cron := rule.violation with input as fx.review(fx.workload("CronJob", {"container.apparmor.security.beta.kubernetes.io/web": "unconfined"}, {"containers": [fx.container("web", {})]}))
	cron == {fx.finding(
		`annotation "container.apparmor.security.beta.kubernetes.io/web" sets AppArmor profile "unconfined"; only runtime/default or localhost/<profile> are allowed`,
		`spec.jobTemplate.spec.template.metadata.annotations["container.apparmor.security.beta.kubernetes.io/web"]`,
	)}
}

# Annotations on the controller's own metadata are not read by the kubelet and do not count.
test_controller_metadata_annotations_ignored if {
	obj := fx.workload("Deployment", {}, {"containers": [fx.container("web", {})]})
	v := rule.violation with input as fx.review(object.union(obj, {"metadata": {"annotations": {"container.apparmor.security.beta.kubernetes.io/web": "unconfined"}}}))
	v == set()
}

test_allowed_values if {
	v := rule.violation with input as fx.review(fx.workload(
		"Pod", {
			"container.apparmor.security.beta.kubernetes.io/a": "runtime/default",
			"container.apparmor.security.beta.kubernetes.io/b": "localhost/custom",
			"container.apparmor.security.beta.kubernetes.io/c": "",
			"seccomp.security.alpha.kubernetes.io/pod": "unconfined",
			"example.com/apparmor": "unconfined",
		},
		{
			"securityContext": {"appArmorProfile": {"type": "Localhost", "localhostProfile": "custom"}},
			"containers": [
				fx.container("a", _profile("RuntimeDefault")),
				fx.container("b", {"securityContext": {"appArmorProfile": null}}),
				fx.container("c", {}),
			],
		},
	))
	v == set()
}

test_no_annotations_allowed if {
	v := rule.violation with input as fx.pod({"securityContext": {"appArmorProfile": null}, "containers": [fx.container("web", {})]})
	v == set()
}

# The check is the same at every Pod Security Standards version: the version parameter changes
# nothing, from v1.0 to latest.
test_same_at_every_version if {
	every version in ["v1.0", "v1.24", "v1.35", "latest"] {
		count(rule.violation) == 1 with input as object.union(fx.pod({"containers": [fx.container("web", {"securityContext": {"appArmorProfile": {"type": "Unconfined"}}})]}), {"parameters": {"version": version}})
		count(rule.violation) == 0 with input as object.union(fx.pod({"containers": [fx.container("web", {"securityContext": {"appArmorProfile": {"type": "RuntimeDefault"}}})]}), {"parameters": {"version": version}})
	}
}
