# METADATA
# title: Readiness probe missing
# description: >-
#   Without a readiness probe a pod counts as ready as soon as its containers start: Services send it traffic before it can serve, rolling updates proceed (and remove old pods) before new ones work, and an overloaded pod is never taken out of rotation.
# custom:
#   id: readiness-probe-missing
#   severity: low
#   category: workloads
#   kinds: [Pod, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet]
#   controls: []
#   remediation: >-
#     Give every container a readinessProbe (httpGet, tcpSocket, grpc or exec) that checks what
#     the container needs to serve requests.
package kubeward.rules.workloads.readiness_probe_missing

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": c.path}} if {
	some c in k8s.containers
	c.kind == "containers"
	not k8s.is_set(c.container, "readinessProbe")
	msg := sprintf("%s has no readiness probe", [k8s.container_label(c)])
}
