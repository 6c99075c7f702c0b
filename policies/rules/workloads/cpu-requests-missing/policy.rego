# METADATA
# title: CPU requests missing
# description: >-
#   The scheduler places a pod by its requests. A container without a CPU request is scheduled as if it needed no CPU, lands on already busy nodes and gets the smallest share of CPU under contention (its pod is BestEffort or Burstable).
# custom:
#   id: cpu-requests-missing
#   severity: low
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Set resources.requests.cpu on every container and init container, sized from observed
#     usage, or give the namespace a LimitRange with a defaultRequest or default for cpu.
package kubeward.rules.workloads.cpu_requests_missing

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": path}} if {
	not workloads.limit_range_default("requests", "cpu")
	some c in workloads.resource_containers
	not workloads.resource_set(c.container, "requests", "cpu")
	path := workloads.resources_path(c, "requests")
	msg := sprintf("%s has no CPU request", [k8s.container_label(c)])
}
