# METADATA
# title: Resource request above its limit
# description: >-
#   A container may not request more of a resource than its limit allows. The API server rejects
#   such a pod, so a Deployment, StatefulSet or Job with it creates no pods at all and fails
#   only at rollout time.
# custom:
#   id: requests-exceed-limits
#   severity: medium
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Lower the request to at most the limit, or raise the limit.
package kubeward.rules.workloads.requests_exceed_limits

import data.kubeward.lib.k8s
import data.kubeward.lib.quantity
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in workloads.resource_containers
	some res, req in c.container.resources.requests
	lim := c.container.resources.limits[res]
	quantity.parse(req) > quantity.parse(lim)
	path := k8s.join_path(sprintf("%s.resources.requests", [c.path]), res)
	msg := sprintf("%s requests %v of %s but is limited to %v", [k8s.container_label(c), req, res, lim])
}
