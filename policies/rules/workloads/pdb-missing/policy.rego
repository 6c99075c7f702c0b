# METADATA
# title: Replicated workload without a PodDisruptionBudget
# description: >-
#   Without a PodDisruptionBudget, a node drain (upgrades, cluster-autoscaler scale-down) may evict
#   every replica of a Deployment or StatefulSet at once: replicas protect against crashes, a
#   budget protects against voluntary disruptions.
# custom:
#   id: pdb-missing
#   severity: low
#   category: workloads
#   kinds: [Deployment, StatefulSet]
#   controls: []
#   remediation: >-
#     Add a policy/v1 PodDisruptionBudget in the same namespace whose selector matches the pod
#     template's labels, with maxUnavailable 1 (or a percentage).
package kubeward.rules.workloads.pdb_missing

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": "metadata.name"}} if {
	n := workloads.min_replicas(workloads.namespace, k8s.resource)
	n > 1
	count(workloads.pdbs_for(workloads.namespace, k8s.resource)) == 0
	msg := sprintf("%s %q runs %d replicas and no PodDisruptionBudget in namespace %q covers its pods", [k8s.kind, k8s.resource.metadata.name, n, workloads.namespace])
}
