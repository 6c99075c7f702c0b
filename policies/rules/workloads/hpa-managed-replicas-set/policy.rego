# METADATA
# title: Replicas set on a workload an HPA scales
# description: >-
#   When a HorizontalPodAutoscaler scales a Deployment or StatefulSet, spec.replicas belongs to the
#   HPA. A manifest that also sets it resets the replica count on every apply (kubectl apply, GitOps
#   sync), scaling a loaded service down until the HPA reacts.
# custom:
#   id: hpa-managed-replicas-set
#   severity: low
#   category: workloads
#   kinds: [Deployment, StatefulSet, ReplicaSet]
#   controls: []
#   remediation: >-
#     Remove spec.replicas from the manifest of a workload that an HPA scales (and, for an existing
#     object, follow the migration steps in the HPA documentation).
package kubeward.rules.workloads.hpa_managed_replicas_set

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": "spec.replicas"}} if {
	n := k8s.resource.spec.replicas
	n != null
	hpas := workloads.hpas_for(workloads.namespace, k8s.resource)
	count(hpas) > 0
	names := sort({sprintf("%q", [h.metadata.name]) | some h in hpas})
	msg := sprintf("%s %q sets spec.replicas to %v while HorizontalPodAutoscaler %s scales it: every apply resets the replica count", [k8s.kind, k8s.resource.metadata.name, n, concat(", ", names)])
}
