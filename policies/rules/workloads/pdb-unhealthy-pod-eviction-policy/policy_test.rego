package kubeward.rules.workloads.pdb_unhealthy_pod_eviction_policy_test

import data.kubeward.rules.workloads.pdb_unhealthy_pod_eviction_policy as rule
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

test_unset_denied if {
	v := rule.violation with input as _review(_pdb("web", {"maxUnavailable": 1}))
	v == {fx.finding(`PodDisruptionBudget "web" does not set unhealthyPodEvictionPolicy: AlwaysAllow, so not-ready pods can block node drains`, "spec")}
}

test_if_healthy_denied if {
	v := rule.violation with input as _review(_pdb("web", {"maxUnavailable": 1, "unhealthyPodEvictionPolicy": "IfHealthyBudget"}))
	v == {fx.finding(`PodDisruptionBudget "web" sets unhealthyPodEvictionPolicy to "IfHealthyBudget": not-ready pods can block node drains`, "spec.unhealthyPodEvictionPolicy")}
}

test_always_allow_allowed if {
	v := rule.violation with input as _review(_pdb("web", {"maxUnavailable": 1, "unhealthyPodEvictionPolicy": "AlwaysAllow"}))
	v == set()
}
