# METADATA
# title: Too few replicas
# description: >-
#   A Deployment or StatefulSet with a single replica is down whenever its pod is: during every
#   rollout of a StatefulSet, every node drain, node failure, eviction or crash loop.
# custom:
#   id: replicas-minimum
#   severity: low
#   category: workloads
#   kinds: [Deployment, StatefulSet]
#   controls: []
#   remediation: >-
#     Run at least minReplicas replicas (spec.replicas, or an HPA's minReplicas), spread over
#     nodes, with a PodDisruptionBudget.
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       minReplicas:
#         type: integer
#         minimum: 1
#         default: 2
#         description: The fewest replicas a Deployment or StatefulSet may run.
package kubeward.rules.workloads.replicas_minimum

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

_min := object.get(input, ["parameters", "minReplicas"], 2)

# An HPA takes over spec.replicas; hpa-min-replicas judges its minReplicas instead. A workload
# explicitly scaled to 0 is parked on purpose.
violation contains {"msg": msg, "details": {"path": _path}} if {
	count(workloads.hpas_for(workloads.namespace, k8s.resource)) == 0
	n := workloads.replicas(k8s.resource)
	n > 0
	n < _min
	msg := sprintf("%s %q runs %d replica(s); at least %d keep it available through node drains and failures", [k8s.kind, k8s.resource.metadata.name, n, _min])
}

_path := "spec.replicas" if k8s.is_set(k8s.resource.spec, "replicas")

_path := "spec" if not k8s.is_set(k8s.resource.spec, "replicas")
