package kubeward.rules.workloads.anti_affinity_missing_test

import data.kubeward.rules.workloads.anti_affinity_missing as rule
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

_with_spec(obj, extra) := object.union(obj, {"spec": {"template": {"spec": extra}}})

test_unspread_denied if {
	v := rule.violation with input as _review(_deploy("web", 3))
	v == {fx.finding(`Deployment "web" runs 3 replicas with neither pod anti-affinity nor topology spread constraints: they can all land on one node`, "spec.template.spec")}
	w := rule.violation with input as _review(_sts("db", 1)) with data.inventory as _inv([_hpa("db", "StatefulSet", "db", 2, 4)])
	w == {fx.finding(`StatefulSet "db" runs 2 replicas with neither pod anti-affinity nor topology spread constraints: they can all land on one node`, "spec.template.spec")}
}

test_spread_or_single_allowed if {
	v := rule.violation with input as _review(_deploy("web", 1))
	v == set()
	spread := {"topologySpreadConstraints": [{"maxSkew": 1, "topologyKey": "kubernetes.io/hostname", "whenUnsatisfiable": "ScheduleAnyway"}]}
	w := rule.violation with input as _review(_with_spec(_deploy("web", 3), spread))
	w == set()
	anti := {"affinity": {"podAntiAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": []}}}
	x := rule.violation with input as _review(_with_spec(_deploy("web", 3), anti))
	x == set()
	empty := {"topologySpreadConstraints": [], "affinity": {"nodeAffinity": {}}}
	y := rule.violation with input as _review(_with_spec(_deploy("web", 3), empty))
	count(y) == 1
}
