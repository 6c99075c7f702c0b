# METADATA
# title: Pod not managed by a controller
# description: >-
#   A bare Pod is not recreated when its node fails, is drained or the pod is evicted, and cannot
#   be rolled out or scaled. Run applications through a Deployment, StatefulSet, DaemonSet or Job.
# custom:
#   id: naked-pod
#   severity: low
#   category: workloads
#   kinds: [Pod]
#   controls: []
#   remediation: >-
#     Wrap the pod spec in a Deployment (long-running), StatefulSet (stable identity), DaemonSet
#     (one per node) or Job (run to completion).
package kubeward.rules.workloads.naked_pod

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "metadata"}} if {
	not _controlled
	msg := sprintf("Pod %q is not managed by a controller: nothing recreates it if its node fails or it is evicted", [k8s.resource.metadata.name])
}

_controlled if {
	some ref in k8s.resource.metadata.ownerReferences
	ref.controller == true
}
