# METADATA
# title: HorizontalPodAutoscaler cannot scale
# description: >-
#   An HPA whose minReplicas equals maxReplicas never scales (it only pins the replica count), and
#   one whose minReplicas exceeds maxReplicas is rejected by the API server. Either is a mistake in
#   the bounds.
# custom:
#   id: hpa-replica-bounds
#   severity: low
#   category: workloads
#   kinds: [HorizontalPodAutoscaler]
#   controls: []
#   remediation: >-
#     Set maxReplicas above minReplicas (minReplicas defaults to 1), or drop the HPA and set
#     spec.replicas on the workload.
package kubeward.rules.workloads.hpa_replica_bounds

import data.kubeward.lib.k8s

_min := object.get(k8s.resource.spec, "minReplicas", 1)

_max := k8s.resource.spec.maxReplicas

violation contains {"msg": msg, "details": {"path": "spec.maxReplicas"}} if {
	_min > _max
	msg := sprintf("HorizontalPodAutoscaler %q has minReplicas %v above maxReplicas %v", [k8s.resource.metadata.name, _min, _max])
}

violation contains {"msg": msg, "details": {"path": "spec.maxReplicas"}} if {
	_min == _max
	msg := sprintf("HorizontalPodAutoscaler %q has minReplicas equal to maxReplicas (%v): it never scales", [k8s.resource.metadata.name, _max])
}
