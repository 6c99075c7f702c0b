# METADATA
# title: Ephemeral-storage requests missing
# description: >-
#   Container logs, writable layers and emptyDir volumes use the node's ephemeral storage. Without a request the scheduler does not account for it, and the pod is the first evicted when the node runs low on disk.
# custom:
#   id: ephemeral-storage-requests-missing
#   severity: info
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Set resources.requests.ephemeral-storage on every container and init container, sized from observed
#     usage, or give the namespace a LimitRange with a defaultRequest or default for ephemeral-storage.
package kubeward.rules.workloads.ephemeral_storage_requests_missing

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": path}} if {
	not workloads.limit_range_default("requests", "ephemeral-storage")
	some c in workloads.resource_containers
	not workloads.resource_set(c.container, "requests", "ephemeral-storage")
	path := workloads.resources_path(c, "requests")
	msg := sprintf("%s has no ephemeral-storage request", [k8s.container_label(c)])
}
