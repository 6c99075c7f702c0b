# Workload facts shared by the `workloads` rules: the namespace an object lands in, replica
# counts, and what data.inventory (Gatekeeper's layout, every scanned object) says about the
# objects around it — the HorizontalPodAutoscalers that scale it, the pods a selector covers.
package kubeward.lib.workloads

import data.kubeward.lib.k8s
import data.kubeward.lib.selectors

# The namespace of the object under review: the admission request's, else the object's own,
# else `default` (where `kubectl apply` without `-n` puts a namespaced object).
namespace := ns if {
	ns := input.review.namespace
	is_string(ns)
	ns != ""
} else := ns if {
	ns := input.review.object.metadata.namespace
	is_string(ns)
	ns != ""
} else := "default"

# Kinds with spec.replicas (the API server defaults an absent or null value to 1).
replicated_kinds := {"Deployment", "ReplicaSet", "ReplicationController", "StatefulSet"}

replicas(obj) := n if {
	n := obj.spec.replicas
	is_number(n)
} else := 1

# Every object of the given kind in namespace ns, whatever its apiVersion.
# Arrays, not sets, on purpose: a set of objects hashes every object in full on insertion, which
# made the cross-resource rules (which call these once per evaluated object) the slowest of the
# library on namespaces with hundreds of objects. Every caller iterates or counts.
objects(ns, kind) := [obj | some gv, name; obj := data.inventory.namespace[ns][gv][kind][name]]

# The HorizontalPodAutoscalers of namespace ns whose scaleTargetRef names obj.
hpas_for(ns, obj) := {hpa |
	some hpa in objects(ns, "HorizontalPodAutoscaler")
	hpa.spec.scaleTargetRef.kind == obj.kind
	hpa.spec.scaleTargetRef.name == obj.metadata.name
}

# The smallest number of replicas obj runs with: an HPA's minReplicas (default 1) when one
# scales it, else spec.replicas.
min_replicas(ns, obj) := min({m |
	some hpa in hpas_for(ns, obj)
	m := object.get(hpa.spec, "minReplicas", 1)
}) if {
	count(hpas_for(ns, obj)) > 0
} else := replicas(obj)

# The labels the pods of a workload object carry, and how many of them it runs (a DaemonSet's,
# Job's or CronJob's count is not known from the manifest: 1 stands for "at least one").
pod_labels(obj) := object.get(obj, ["metadata", "labels"], {}) if obj.kind == "Pod"

pod_labels(obj) := object.get(obj, ["spec", "template", "metadata", "labels"], {}) if {
	obj.kind in {"Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job"}
}

pod_labels(obj) := object.get(obj, ["spec", "jobTemplate", "spec", "template", "metadata", "labels"], {}) if {
	obj.kind == "CronJob"
}

pod_owner_kinds := {"Pod", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job", "CronJob"}

# Every object of namespace ns that runs pods, with the labels of its pods. Custom resources whose
# operator creates pods from a pod template (Argo Rollouts: spec.template) or pod metadata (the
# Prometheus operator's Prometheus and Alertmanager: spec.podMetadata) count too, with those labels
# and their own (operators commonly add the owner's labels): a guess, but a budget for an
# operator's pods must not be reported as covering nothing.
pod_owners(ns) := array.concat(
	[{"object": obj, "labels": pod_labels(obj)} |
		some kind in pod_owner_kinds
		some obj in objects(ns, kind)
	],
	[{"object": obj, "labels": labels} |
		some gv, kind, name
		obj := data.inventory.namespace[ns][gv][kind][name]
		not kind in pod_owner_kinds
		some labels in _custom_pod_labels(obj)
	],
)

_custom_pod_labels(obj) := {object.union(object.get(obj, ["metadata", "labels"], {}), l) |
	some path in [["spec", "podMetadata", "labels"], ["spec", "template", "metadata", "labels"]]
	l := object.get(obj, path, null)
	is_object(l)
}

# The pod-running objects of namespace ns that a PodDisruptionBudget's selector covers. A null
# or absent selector selects nothing in policy/v1 (and everything in policy/v1beta1, which
# Kubernetes no longer serves).
pdb_targets(ns, pdb) := {o.object |
	some o in pod_owners(ns)
	selectors.matches(pdb.spec.selector, o.labels)
}

# The PodDisruptionBudgets of namespace ns that cover obj's pods.
pdbs_for(ns, obj) := {pdb |
	some pdb in objects(ns, "PodDisruptionBudget")
	selectors.matches(pdb.spec.selector, pod_labels(obj))
}

# The containers that take resources: init and regular ones (ephemeral containers may not set
# any; the API server rejects resources on them).
resource_containers contains c if {
	some c in k8s.containers
	c.kind != "ephemeralContainers"
}

# True when the container ends up with a request (or limit) for res. An unset request takes the
# limit's value (API server defaulting), so a limit alone counts as a request.
resource_set(container, "requests", res) if _quantity_set(container, "requests", res)

resource_set(container, "requests", res) if _quantity_set(container, "limits", res)

resource_set(container, "limits", res) if _quantity_set(container, "limits", res)

_quantity_set(container, field, res) if container.resources[field][res] != null

# True when a LimitRange of the object's namespace gives containers a default for res, so the
# LimitRanger admission plugin fills in what the manifest leaves out.
limit_range_default(field, res) if {
	some lr in objects(namespace, "LimitRange")
	some l in lr.spec.limits
	l.type == "Container"
	some key in _limit_range_keys[field]
	l[key][res] != null
}

_limit_range_keys := {"requests": ["defaultRequest", "default"], "limits": ["default"]}

# The path of the deepest existing part of container.resources.<field>, for findings about a
# missing entry in it.
resources_path(c, field) := sprintf("%s.resources.%s", [c.path, field]) if {
	is_object(c.container.resources[field])
} else := sprintf("%s.resources", [c.path]) if {
	is_object(c.container.resources)
} else := c.path

# The position of a container entry (from k8s.containers) in pod order — init, regular, then
# ephemeral containers, each by index — as one number, to report the later of two duplicates.
container_order(c) := (_list_rank[c.kind] * 1000000) + to_number(idx) if {
	[[_, idx]] := regex.find_all_string_submatch_n(`\[([0-9]+)\]$`, c.path, 1)
}

_list_rank := {"initContainers": 0, "containers": 1, "ephemeralContainers": 2}
