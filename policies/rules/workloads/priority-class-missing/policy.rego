# METADATA
# title: Workload without a priority class
# description: >-
#   Without priorityClassName a pod gets the cluster's default priority (0 unless a global default
#   PriorityClass exists): when the cluster is full, the scheduler cannot tell an important service
#   from a batch job, and preemption may evict the wrong one.
# custom:
#   id: priority-class-missing
#   severity: info
#   category: workloads
#   kinds: [Deployment, StatefulSet, DaemonSet]
#   controls: []
#   remediation: >-
#     Define a small set of PriorityClasses for the cluster (for example critical, standard, batch)
#     and set spec.template.spec.priorityClassName on every long-running workload.
package kubeward.rules.workloads.priority_class_missing

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": k8s.pod_spec_path}} if {
	k8s.string_field(k8s.pod_spec, "priorityClassName") == ""
	msg := sprintf("%s %q sets no priorityClassName: it competes at the default priority", [k8s.kind, k8s.resource.metadata.name])
}
