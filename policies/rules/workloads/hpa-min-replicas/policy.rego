# METADATA
# title: HorizontalPodAutoscaler may scale down to too few replicas
# description: >-
#   An HPA with minReplicas 1 (the default) scales its workload down to a single pod when load is
#   low, and that pod's node drain or crash is then an outage.
# custom:
#   id: hpa-min-replicas
#   severity: low
#   category: workloads
#   kinds: [HorizontalPodAutoscaler]
#   controls: []
#   remediation: Set spec.minReplicas to at least minReplicas (default 2).
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       minReplicas:
#         type: integer
#         minimum: 1
#         default: 2
#         description: The fewest replicas an HPA may scale its workload down to.
package kubeward.rules.workloads.hpa_min_replicas

import data.kubeward.lib.k8s

_required := object.get(input, ["parameters", "minReplicas"], 2)

violation contains {"msg": msg, "details": {"path": _path}} if {
	n := object.get(k8s.resource.spec, "minReplicas", 1)
	n < _required
	msg := sprintf("HorizontalPodAutoscaler %q may scale down to %v replica(s); at least %v keep the workload available", [k8s.resource.metadata.name, n, _required])
}

_path := "spec.minReplicas" if k8s.is_set(k8s.resource.spec, "minReplicas")

_path := "spec" if not k8s.is_set(k8s.resource.spec, "minReplicas")
