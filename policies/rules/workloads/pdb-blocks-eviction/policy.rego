# METADATA
# title: PodDisruptionBudget that allows no eviction
# description: >-
#   A PodDisruptionBudget with maxUnavailable 0, minAvailable 100%, or a minAvailable at least the
#   replicas of what it covers never allows a voluntary eviction: node drains hang, cluster
#   upgrades and autoscaler scale-downs stall until someone deletes the budget by hand.
# custom:
#   id: pdb-blocks-eviction
#   severity: medium
#   category: workloads
#   kinds: [PodDisruptionBudget]
#   controls: []
#   remediation: >-
#     Allow at least one disruption: maxUnavailable 1 (or a percentage below 100%), or a
#     minAvailable below the replica count (and below an HPA's minReplicas).
package kubeward.rules.workloads.pdb_blocks_eviction

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

_name := k8s.resource.metadata.name

violation contains {"msg": msg, "details": {"path": "spec.maxUnavailable"}} if {
	k8s.resource.spec.maxUnavailable in {0, "0%"}
	msg := sprintf("PodDisruptionBudget %q sets maxUnavailable to %v: no pod it covers can ever be evicted voluntarily", [_name, k8s.resource.spec.maxUnavailable])
}

violation contains {"msg": msg, "details": {"path": "spec.minAvailable"}} if {
	k8s.resource.spec.minAvailable == "100%"
	msg := sprintf("PodDisruptionBudget %q sets minAvailable to 100%%: no pod it covers can ever be evicted voluntarily", [_name])
}

# Only budgets over workloads with a known replica count (not DaemonSets, Jobs or bare Pods).
violation contains {"msg": msg, "details": {"path": "spec.minAvailable"}} if {
	min_available := k8s.resource.spec.minAvailable
	is_number(min_available)
	targets := workloads.pdb_targets(workloads.namespace, k8s.resource)
	count(targets) > 0
	every t in targets {
		t.kind in workloads.replicated_kinds
	}
	total := sum([workloads.min_replicas(workloads.namespace, t) | some t in targets])
	min_available >= total
	names := sort([sprintf("%s %q", [t.kind, t.metadata.name]) | some t in targets])
	msg := sprintf("PodDisruptionBudget %q requires %d available pods but %s run(s) only %d at minimum: no pod can be evicted voluntarily", [_name, min_available, concat(", ", names), total])
}
