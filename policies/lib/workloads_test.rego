package kubeward.lib.workloads_test

import data.kubeward.lib.workloads

_deploy(name, replicas) := {
	"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": "shop"},
	"spec": {"replicas": replicas, "selector": {"matchLabels": {"app": name}}, "template": {"metadata": {"labels": {"app": name}}}},
}

_hpa(name, target, min_replicas) := {
	"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": name, "namespace": "shop"},
	"spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": target}, "minReplicas": min_replicas, "maxReplicas": 10},
}

_pdb(name, selector) := {
	"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": name, "namespace": "shop"},
	"spec": {"selector": selector, "minAvailable": 1},
}

_inventory := {"namespace": {"shop": {
	"apps/v1": {"Deployment": {"web": _deploy("web", 3), "api": _deploy("api", null)}},
	"autoscaling/v2": {"HorizontalPodAutoscaler": {"api": _hpa("api", "api", 2), "api2": _hpa("api2", "api", 4)}},
	"policy/v1": {"PodDisruptionBudget": {"web": _pdb("web", {"matchLabels": {"app": "web"}}), "none": _pdb("none", null)}},
	"v1": {"Pod": {"p": {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "labels": {"app": "web"}}}}},
	"batch/v1": {"CronJob": {"c": {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "c"}, "spec": {"jobTemplate": {"spec": {"template": {"metadata": {"labels": {"app": "c"}}}}}}}}},
}}}

test_namespace if {
	workloads.namespace == "a" with input as {"review": {"namespace": "a", "object": {"metadata": {"namespace": "b"}}}}
	workloads.namespace == "b" with input as {"review": {"object": {"metadata": {"namespace": "b"}}}}
	workloads.namespace == "default" with input as {"review": {"namespace": "", "object": {"metadata": {}}}}
}

test_replicas if {
	workloads.replicas(_deploy("x", 3)) == 3
	workloads.replicas(_deploy("x", null)) == 1
	workloads.replicas({"kind": "DaemonSet", "spec": {}}) == 1
}

test_hpas_and_min_replicas if {
	count(workloads.hpas_for("shop", _deploy("api", null))) == 2 with data.inventory as _inventory
	workloads.min_replicas("shop", _deploy("api", null)) == 2 with data.inventory as _inventory
	workloads.min_replicas("shop", _deploy("web", 3)) == 3 with data.inventory as _inventory
	workloads.min_replicas("other", _deploy("web", 3)) == 3 with data.inventory as _inventory
}

test_pod_labels if {
	workloads.pod_labels({"kind": "Pod", "metadata": {"labels": {"a": "b"}}}) == {"a": "b"}
	workloads.pod_labels({"kind": "Pod", "metadata": {}}) == {}
	workloads.pod_labels(_deploy("web", 1)) == {"app": "web"}
	workloads.pod_labels({"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"metadata": {"labels": {"x": "y"}}}}}}}) == {"x": "y"}
}

test_pdb_targets_and_pdbs_for if {
	targets := workloads.pdb_targets("shop", _pdb("web", {"matchLabels": {"app": "web"}})) with data.inventory as _inventory
	{t.metadata.name | some t in targets} == {"web", "p"}
	count(workloads.pdb_targets("shop", _pdb("none", null))) == 0 with data.inventory as _inventory
	{p.metadata.name | some p in workloads.pdbs_for("shop", _deploy("web", 3))} == {"web"} with data.inventory as _inventory
	count(workloads.pdbs_for("shop", _deploy("api", 3))) == 0 with data.inventory as _inventory
}

test_resource_helpers if {
	workloads.resource_set({"resources": {"requests": {"cpu": "1"}}}, "requests", "cpu")
	workloads.resource_set({"resources": {"limits": {"cpu": "1"}}}, "requests", "cpu")
	not workloads.resource_set({"resources": {"requests": {"cpu": "1"}}}, "limits", "cpu")
	not workloads.resource_set({"resources": {"requests": {"cpu": null}}}, "requests", "cpu")
	workloads.resources_path({"path": "p", "container": {"resources": {"limits": {}}}}, "limits") == "p.resources.limits"
	workloads.resources_path({"path": "p", "container": {"resources": {}}}, "limits") == "p.resources"
	workloads.resources_path({"path": "p", "container": {}}, "limits") == "p"
}

test_limit_range_default if {
	lr := {"apiVersion": "v1", "kind": "LimitRange", "metadata": {"name": "d"}, "spec": {"limits": [
		{"type": "Pod", "max": {"memory": "1Gi"}},
		{"type": "Container", "default": {"memory": "512Mi"}, "defaultRequest": {"cpu": "100m"}},
	]}}
	inv := {"namespace": {"shop": {"v1": {"LimitRange": {"d": lr}}}}}
	inp := {"review": {"namespace": "shop", "object": {}}}
	workloads.limit_range_default("requests", "cpu") with input as inp with data.inventory as inv
	workloads.limit_range_default("requests", "memory") with input as inp with data.inventory as inv
	workloads.limit_range_default("limits", "memory") with input as inp with data.inventory as inv
	not workloads.limit_range_default("limits", "cpu") with input as inp with data.inventory as inv
}

test_custom_resource_pod_owners if {
	am := {"apiVersion": "monitoring.coreos.com/v1", "kind": "Alertmanager", "metadata": {"name": "main", "namespace": "mon", "labels": {"app.kubernetes.io/name": "alertmanager"}}, "spec": {"podMetadata": {"labels": {"app.kubernetes.io/instance": "main"}}}}
	cm := {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "mon"}, "data": {}}
	inv := {"namespace": {"mon": {"monitoring.coreos.com/v1": {"Alertmanager": {"main": am}}, "v1": {"ConfigMap": {"c": cm}}}}}
	pdb := {"spec": {"selector": {"matchLabels": {"app.kubernetes.io/name": "alertmanager", "app.kubernetes.io/instance": "main"}}}}
	workloads.pdb_targets("mon", pdb) == {am} with data.inventory as inv
}

test_container_order if {
	workloads.container_order({"kind": "initContainers", "path": "spec.initContainers[3]"}) == 3
	workloads.container_order({"kind": "containers", "path": "spec.containers[12]"}) == 1000012
	workloads.container_order({"kind": "ephemeralContainers", "path": "spec.ephemeralContainers[0]"}) == 2000000
}
