# METADATA
# title: Critical workload not in the Guaranteed QoS class
# description: >-
#   Under node pressure the kubelet evicts BestEffort pods first, then Burstable ones; only pods of
#   the Guaranteed QoS class (every container with CPU and memory limits equal to its requests) are
#   safe until the node runs out of what they were promised. Workloads that run with a critical
#   priority class are expected to be among those.
# custom:
#   id: qos-not-guaranteed
#   severity: low
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Give every container and init container CPU and memory limits, and requests equal to them
#     (or no requests: they default to the limits).
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       priorityClassNames:
#         type: array
#         items:
#           type: string
#         default: [system-cluster-critical, system-node-critical]
#         description: Pods with one of these priority classes must be Guaranteed.
package kubeward.rules.workloads.qos_not_guaranteed

import data.kubeward.lib.k8s
import data.kubeward.lib.quantity
import data.kubeward.lib.workloads

_classes := object.get(input, ["parameters", "priorityClassNames"], ["system-cluster-critical", "system-node-critical"])

violation contains {"msg": msg, "details": {"path": path}} if {
	pc := k8s.pod_spec.priorityClassName
	pc in _classes
	some c in workloads.resource_containers
	some res in ["cpu", "memory"]
	some [reason, field] in _reasons(c.container, res)
	path := workloads.resources_path(c, field)
	msg := sprintf("%s keeps this %q pod out of the Guaranteed QoS class: %s", [k8s.container_label(c), pc, reason])
}

_reasons(container, res) := {[sprintf("no %s limit", [res]), "limits"]} if {
	not workloads.resource_set(container, "limits", res)
}

_reasons(container, res) := {[sprintf("%s request %v differs from its limit %v", [res, req, lim]), "requests"]} if {
	lim := container.resources.limits[res]
	lim != null
	req := container.resources.requests[res]
	req != null
	quantity.parse(req) != quantity.parse(lim)
}
