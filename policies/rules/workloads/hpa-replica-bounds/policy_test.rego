package kubeward.rules.workloads.hpa_replica_bounds_test

import data.kubeward.rules.workloads.hpa_replica_bounds as rule
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

test_bounds if {
	v := rule.violation with input as _review(_hpa("web", "Deployment", "web", 5, 3))
	v == {fx.finding(`HorizontalPodAutoscaler "web" has minReplicas 5 above maxReplicas 3`, "spec.maxReplicas")}
	w := rule.violation with input as _review(_hpa("web", "Deployment", "web", 4, 4))
	w == {fx.finding(`HorizontalPodAutoscaler "web" has minReplicas equal to maxReplicas (4): it never scales`, "spec.maxReplicas")}
	h := json.remove(_hpa("web", "Deployment", "web", 0, 1), ["spec/minReplicas"])
	x := rule.violation with input as _review(h)
	x == {fx.finding(`HorizontalPodAutoscaler "web" has minReplicas equal to maxReplicas (1): it never scales`, "spec.maxReplicas")}
	y := rule.violation with input as _review(_hpa("web", "Deployment", "web", 2, 10))
	y == set()
}
