# METADATA
# title: HorizontalPodAutoscaler targets a missing workload
# description: >-
#   A HorizontalPodAutoscaler whose scaleTargetRef names no object scales nothing: the target was
#   renamed, deleted or lives in another namespace (an HPA can only scale objects of its own).
# custom:
#   id: hpa-target-missing
#   severity: low
#   category: workloads
#   kinds: [HorizontalPodAutoscaler]
#   controls: []
#   remediation: >-
#     Point spec.scaleTargetRef (apiVersion, kind, name) at the workload it should scale, in the
#     HPA's namespace, or delete the HPA.
package kubeward.rules.workloads.hpa_target_missing

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": "spec.scaleTargetRef.name"}} if {
	ref := k8s.resource.spec.scaleTargetRef
	not _exists(ref)
	msg := sprintf("HorizontalPodAutoscaler %q scales %s %q, which is not among the scanned objects of namespace %q", [k8s.resource.metadata.name, ref.kind, ref.name, workloads.namespace])
}

_exists(ref) if {
	some obj in workloads.objects(workloads.namespace, ref.kind)
	obj.metadata.name == ref.name
}
