package kubeward.rules.pod_security.namespace_psa_enforce_label_test

import data.kubeward.rules.pod_security.namespace_psa_enforce_label as rule
import data.kubeward.test.fixtures as fx

_ns(name, labels) := {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": labels}}

_ns_input(obj) := {"review": {"kind": {"group": "", "version": "v1", "kind": "Namespace"}, "object": obj}, "parameters": {}}

_msg := `namespace "shop" has no pod-security.kubernetes.io/enforce label: Pod Security Admission enforces nothing in it`

_path := `metadata.labels["pod-security.kubernetes.io/enforce"]`

test_namespace_denied if {
	v1 := rule.violation with input as _ns_input(_ns("shop", {"team": "shop"}))
	v1 == {fx.finding(_msg, _path)}
	v2 := rule.violation with input as _ns_input(_ns("shop", {"pod-security.kubernetes.io/enforce": ""}))
	v2 == {fx.finding(_msg, _path)}
	v3 := rule.violation with input as _ns_input({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop"}})
	v3 == {fx.finding(_msg, _path)}
}

test_namespace_allowed if {
	v := rule.violation with input as _ns_input(_ns("shop", {"pod-security.kubernetes.io/enforce": "restricted"}))
	v == set()
}

_inventory := {"cluster": {"v1": {"Namespace": {
	"shop": _ns("shop", {}),
	"default": _ns("default", {}),
	"secure": _ns("secure", {"pod-security.kubernetes.io/enforce": "baseline"}),
}}}}

test_workload_in_unlabelled_namespace_denied if {
	obj := object.union(fx.workload("Deployment", {}, {"containers": []}), {"metadata": {"namespace": "shop"}})
	v := rule.violation with input as fx.review(obj) with data.inventory as _inventory
	v == {fx.finding(`Deployment "test" runs in namespace "shop", which has no pod-security.kubernetes.io/enforce label`, "metadata.namespace")}
}

test_workload_without_namespace_is_in_default if {
	obj := json.remove(fx.workload("Pod", {}, {"containers": []}), ["metadata/namespace"])
	v := rule.violation with input as fx.review(obj) with data.inventory as _inventory
	v == {fx.finding(`Pod "test" runs in namespace "default", which has no pod-security.kubernetes.io/enforce label`, "metadata.namespace")}
}

test_workload_namespace_from_the_admission_request if {
	obj := json.remove(fx.workload("Pod", {}, {"containers": []}), ["metadata/namespace"])
	v1 := rule.violation with input as object.union(fx.review(obj), {"review": {"namespace": "shop"}}) with data.inventory as _inventory
	v1 == {fx.finding(`Pod "test" runs in namespace "shop", which has no pod-security.kubernetes.io/enforce label`, "metadata.namespace")}
	v2 := rule.violation with input as {"review": {"kind": {"kind": "Pod"}, "object": obj}} with data.inventory as _inventory
	v2 == {fx.finding(`Pod "test" runs in namespace "default", which has no pod-security.kubernetes.io/enforce label`, "metadata.namespace")}
}

test_workload_allowed if {
	labelled := object.union(fx.workload("Pod", {}, {"containers": []}), {"metadata": {"namespace": "secure"}})
	v1 := rule.violation with input as fx.review(labelled) with data.inventory as _inventory
	v1 == set()
	unscanned := object.union(fx.workload("Pod", {}, {"containers": []}), {"metadata": {"namespace": "elsewhere"}})
	v2 := rule.violation with input as fx.review(unscanned) with data.inventory as _inventory
	v2 == set()
	v3 := rule.violation with input as fx.review(labelled)
	v3 == set()
}
