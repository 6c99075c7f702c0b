package kubeward.rules.workloads.deprecated_api_version_test

import data.kubeward.rules.workloads.deprecated_api_version as rule
import data.kubeward.test.fixtures as fx

_obj(gv, kind) := {"review": {"kind": {"kind": kind}, "object": {"apiVersion": gv, "kind": kind, "metadata": {"name": "x"}}}}

test_removed_denied if {
	v := rule.violation with input as _obj("extensions/v1beta1", "Deployment")
	v == {fx.finding(`Deployment "x" uses extensions/v1beta1, which Kubernetes v1.16 no longer serves; use apps/v1`, "apiVersion")}
	w := rule.violation with input as _obj("policy/v1beta1", "PodSecurityPolicy")
	w == {fx.finding(`PodSecurityPolicy "x" uses policy/v1beta1, which Kubernetes v1.25 no longer serves; use none: Pod Security Admission`, "apiVersion")}
	x := rule.violation with input as _obj("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema")
	x == {fx.finding(`FlowSchema "x" uses flowcontrol.apiserver.k8s.io/v1beta3, which Kubernetes v1.32 no longer serves; use flowcontrol.apiserver.k8s.io/v1`, "apiVersion")}
}

test_every_entry if {
	every gv, kinds in rule.removed {
		every kind, _ in kinds {
			count(rule.violation) == 1 with input as _obj(gv, kind)
		}
	}
}

test_current_allowed if {
	v := rule.violation with input as _obj("apps/v1", "Deployment")
	v == set()
	w := rule.violation with input as _obj("networking.k8s.io/v1beta1", "NetworkPolicy")
	w == set()
}
