# METADATA
# title: CPU limits missing
# description: >-
#   Without a CPU limit one container can use every idle core of the node, and a runaway loop or an attacker mining cryptocurrency slows every neighbour. The NSA/CISA hardening guide recommends limits on every container; teams that deliberately run without CPU limits can leave this rule out of their bundle.
# custom:
#   id: cpu-limits-missing
#   severity: low
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["NSA:resource-policies"]
#   remediation: >-
#     Set resources.limits.cpu on every container and init container, sized from observed
#     usage, or give the namespace a LimitRange with a default for cpu.
package kubeward.rules.workloads.cpu_limits_missing

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": path}} if {
	not workloads.limit_range_default("limits", "cpu")
	some c in workloads.resource_containers
	not workloads.resource_set(c.container, "limits", "cpu")
	path := workloads.resources_path(c, "limits")
	msg := sprintf("%s has no CPU limit", [k8s.container_label(c)])
}
