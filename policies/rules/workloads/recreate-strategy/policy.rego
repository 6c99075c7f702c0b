# METADATA
# title: Recreate strategy on a replicated Deployment
# description: >-
#   The Recreate strategy stops every pod of a Deployment before it starts the new ones, so each
#   rollout is an outage. It is needed for a single pod that holds a ReadWriteOnce volume; a
#   Deployment that runs several replicas can almost always roll.
# custom:
#   id: recreate-strategy
#   severity: info
#   category: workloads
#   kinds: [Deployment]
#   controls: []
#   remediation: >-
#     Use the RollingUpdate strategy (the default) with maxUnavailable and maxSurge that suit the
#     service; keep Recreate only when two versions must never run at the same time, and say so.
package kubeward.rules.workloads.recreate_strategy

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": "spec.strategy.type"}} if {
	k8s.resource.spec.strategy.type == "Recreate"
	n := workloads.min_replicas(workloads.namespace, k8s.resource)
	n > 1
	msg := sprintf("Deployment %q runs %d replicas with the Recreate strategy: every rollout stops all of them first", [k8s.resource.metadata.name, n])
}
