# METADATA
# title: Memory limits missing
# description: >-
#   Without a memory limit a leaking or abused container can use all the memory of its node until the kernel's OOM killer or the kubelet's eviction takes down its neighbours. The NSA/CISA hardening guide recommends limits on every container.
# custom:
#   id: memory-limits-missing
#   severity: medium
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["NSA:resource-policies"]
#   remediation: >-
#     Set resources.limits.memory on every container and init container, sized from observed
#     usage, or give the namespace a LimitRange with a default for memory.
package kubeward.rules.workloads.memory_limits_missing

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": path}} if {
	not workloads.limit_range_default("limits", "memory")
	some c in workloads.resource_containers
	not workloads.resource_set(c.container, "limits", "memory")
	path := workloads.resources_path(c, "limits")
	msg := sprintf("%s has no memory limit", [k8s.container_label(c)])
}
