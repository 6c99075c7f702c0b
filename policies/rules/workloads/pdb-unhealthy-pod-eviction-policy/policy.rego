# METADATA
# title: PodDisruptionBudget keeps unhealthy pods from eviction
# description: >-
#   With the default unhealthyPodEvictionPolicy (IfHealthyBudget) a running but not-ready pod can
#   only be evicted while the budget is met: when an application is broken its crash-looping pods
#   block node drains. AlwaysAllow lets unhealthy pods be evicted, which only helps.
# custom:
#   id: pdb-unhealthy-pod-eviction-policy
#   severity: info
#   category: workloads
#   kinds: [PodDisruptionBudget]
#   controls: []
#   remediation: Set spec.unhealthyPodEvictionPolicy to AlwaysAllow.
package kubeward.rules.workloads.pdb_unhealthy_pod_eviction_policy

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "spec"}} if {
	not k8s.resource.spec.unhealthyPodEvictionPolicy == "AlwaysAllow"
	not k8s.is_set(k8s.resource.spec, "unhealthyPodEvictionPolicy")
	msg := sprintf("PodDisruptionBudget %q does not set unhealthyPodEvictionPolicy: AlwaysAllow, so not-ready pods can block node drains", [k8s.resource.metadata.name])
}

violation contains {"msg": msg, "details": {"path": "spec.unhealthyPodEvictionPolicy"}} if {
	policy := k8s.resource.spec.unhealthyPodEvictionPolicy
	policy != null
	policy != "AlwaysAllow"
	msg := sprintf("PodDisruptionBudget %q sets unhealthyPodEvictionPolicy to %q: not-ready pods can block node drains", [k8s.resource.metadata.name, policy])
}
