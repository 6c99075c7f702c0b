# METADATA
# title: Ephemeral-storage limits missing
# description: >-
#   Container logs, writable layers and emptyDir volumes use the node's ephemeral storage. Without a limit one container can fill the node's disk, which makes the kubelet evict every pod on the node.
# custom:
#   id: ephemeral-storage-limits-missing
#   severity: info
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Set resources.limits.ephemeral-storage on every container and init container, sized from observed
#     usage, or give the namespace a LimitRange with a default for ephemeral-storage.
package kubeward.rules.workloads.ephemeral_storage_limits_missing

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": path}} if {
	not workloads.limit_range_default("limits", "ephemeral-storage")
	some c in workloads.resource_containers
	not workloads.resource_set(c.container, "limits", "ephemeral-storage")
	path := workloads.resources_path(c, "limits")
	msg := sprintf("%s has no ephemeral-storage limit", [k8s.container_label(c)])
}
