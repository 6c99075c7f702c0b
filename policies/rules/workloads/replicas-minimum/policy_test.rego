package kubeward.rules.workloads.replicas_minimum_test

import data.kubeward.rules.workloads.replicas_minimum as rule
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

test_single_replica_denied if {
	v := rule.violation with input as _review(_deploy("web", 1))
	v == {fx.finding(`Deployment "web" runs 1 replica(s); at least 2 keep it available through node drains and failures`, "spec.replicas")}
	w := rule.violation with input as _review(_sts("db", null))
	w == {fx.finding(`StatefulSet "db" runs 1 replica(s); at least 2 keep it available through node drains and failures`, "spec")}
}

test_enough_zero_and_hpa_allowed if {
	v := rule.violation with input as _review(_deploy("web", 2))
	v == set()
	w := rule.violation with input as _review(_deploy("web", 0))
	w == set()
	x := rule.violation with input as _review(_deploy("web", null)) with data.inventory as _inv([_hpa("web", "Deployment", "web", 2, 5)])
	x == set()
}

test_parameter if {
	v := rule.violation with input as object.union(_review(_deploy("web", 2)), {"parameters": {"minReplicas": 3}})
	v == {fx.finding(`Deployment "web" runs 2 replica(s); at least 3 keep it available through node drains and failures`, "spec.replicas")}
}
