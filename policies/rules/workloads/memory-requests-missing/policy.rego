# METADATA
# title: Memory requests missing
# description: >-
#   The scheduler places a pod by its requests. A container without a memory request is scheduled as if it needed no memory, overcommits its node and is among the first the kubelet evicts under memory pressure.
# custom:
#   id: memory-requests-missing
#   severity: low
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Set resources.requests.memory on every container and init container, sized from observed
#     usage, or give the namespace a LimitRange with a defaultRequest or default for memory.
package kubeward.rules.workloads.memory_requests_missing

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": path}} if {
	not workloads.limit_range_default("requests", "memory")
	some c in workloads.resource_containers
	not workloads.resource_set(c.container, "requests", "memory")
	path := workloads.resources_path(c, "requests")
	msg := sprintf("%s has no memory request", [k8s.container_label(c)])
}
