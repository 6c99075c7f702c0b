package kubeward.rules.workloads.pdb_blocks_eviction_test

import data.kubeward.rules.workloads.pdb_blocks_eviction as rule
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

_sel(app) := {"matchLabels": {"app": app}}

test_max_unavailable_zero_denied if {
	v := rule.violation with input as _review(_pdb("web", {"maxUnavailable": 0, "selector": _sel("web")}))
	v == {fx.finding(`PodDisruptionBudget "web" sets maxUnavailable to 0: no pod it covers can ever be evicted voluntarily`, "spec.maxUnavailable")}
	w := rule.violation with input as _review(_pdb("web", {"maxUnavailable": "0%", "selector": _sel("web")}))
	w == {fx.finding(`PodDisruptionBudget "web" sets maxUnavailable to 0%: no pod it covers can ever be evicted voluntarily`, "spec.maxUnavailable")}
}

test_min_available_all_denied if {
	v := rule.violation with input as _review(_pdb("web", {"minAvailable": "100%", "selector": _sel("web")}))
	v == {fx.finding(`PodDisruptionBudget "web" sets minAvailable to 100%: no pod it covers can ever be evicted voluntarily`, "spec.minAvailable")}
}

test_min_available_replicas_denied if {
	p := _pdb("web", {"minAvailable": 3, "selector": _sel("web")})
	v := rule.violation with input as _review(p) with data.inventory as _inv([_deploy("web", 3), p])
	v == {fx.finding(`PodDisruptionBudget "web" requires 3 available pods but Deployment "web" run(s) only 3 at minimum: no pod can be evicted voluntarily`, "spec.minAvailable")}
	q := _pdb("web", {"minAvailable": 2, "selector": _sel("web")})
	w := rule.violation with input as _review(q) with data.inventory as _inv([_deploy("web", 5), _hpa("web", "Deployment", "web", 2, 6), q])
	w == {fx.finding(`PodDisruptionBudget "web" requires 2 available pods but Deployment "web" run(s) only 2 at minimum: no pod can be evicted voluntarily`, "spec.minAvailable")}
}

test_allowed if {
	p := _pdb("web", {"minAvailable": 2, "selector": _sel("web")})
	v := rule.violation with input as _review(p) with data.inventory as _inv([_deploy("web", 3), p])
	v == set()
	ds := {"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"name": "web", "namespace": "shop"}, "spec": {"template": {"metadata": {"labels": {"app": "web"}}}}}
	w := rule.violation with input as _review(p) with data.inventory as _inv([ds, p])
	w == set()
	x := rule.violation with input as _review(p)
	x == set()
	y := rule.violation with input as _review(_pdb("web", {"maxUnavailable": "25%", "selector": _sel("web")}))
	y == set()
}
