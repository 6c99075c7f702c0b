package kubeward.rules.workloads.hpa_managed_replicas_set_test

import data.kubeward.rules.workloads.hpa_managed_replicas_set as rule
import data.kubeward.test.fixtures as fx

_deploy(name, replicas) := {
	"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": "shop"},
	"spec": {"replicas": replicas, "selector": {"matchLabels": {"app": name}}, "template": {"metadata": {"labels": {"app": name}}, "spec": {"containers": [{"name": name, "image": "registry.example/app:1.0"}]}}},
}

_sts(name, replicas) := {
	"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": name, "namespace": "shop"},
	"spec": {"replicas": replicas, "serviceName": name, "selector": {"matchLabels": {"app": name}}, "template": {"metadata": {"labels": {"app": name}}, "spec": {"containers": [{"name": name, "image": "registry.example/app:1.0"}]}}},
}

_hpa(name, kind, target, min_replicas, max_replicas) := {
	"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": name, "namespace": "shop"},
	"spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": kind, "name": target}, "minReplicas": min_replicas, "maxReplicas": max_replicas},
}

_pdb(name, spec) := {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": name, "namespace": "shop"}, "spec": spec}

_review(obj) := {"review": {"object": obj, "kind": {"kind": obj.kind}, "namespace": "shop"}, "parameters": {}}

# data.inventory holding objs, all in namespace shop.
_inv(objs) := {"namespace": {"shop": {gv: _by_kind(objs, gv) | some o in objs; gv := o.apiVersion}}}

_by_kind(objs, gv) := {kind: {o.metadata.name: o | some o in objs; o.apiVersion == gv; o.kind == kind} |
	some x in objs
	x.apiVersion == gv
	kind := x.kind
}

test_replicas_with_hpa_denied if {
	v := rule.violation with input as _review(_deploy("web", 3)) with data.inventory as _inv([_hpa("web", "Deployment", "web", 2, 5)])
	v == {fx.finding(`Deployment "web" sets spec.replicas to 3 while HorizontalPodAutoscaler "web" scales it: every apply resets the replica count`, "spec.replicas")}
}

test_allowed if {
	v := rule.violation with input as _review(_deploy("web", null)) with data.inventory as _inv([_hpa("web", "Deployment", "web", 2, 5)])
	v == set()
	w := rule.violation with input as _review(_deploy("web", 3)) with data.inventory as _inv([_hpa("web", "StatefulSet", "web", 2, 5)])
	w == set()
}
