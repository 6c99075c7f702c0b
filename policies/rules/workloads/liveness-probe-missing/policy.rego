# METADATA
# title: Liveness probe missing
# description: >-
#   Without a liveness probe the kubelet restarts a container only when its process exits: a deadlocked or wedged server keeps its pod Running and keeps receiving traffic until a human notices.
# custom:
#   id: liveness-probe-missing
#   severity: low
#   category: workloads
#   kinds: [Pod, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet]
#   controls: []
#   remediation: >-
#     Give every container a livenessProbe (httpGet, tcpSocket, grpc or exec) that checks what
#     the container needs to keep running.
package kubeward.rules.workloads.liveness_probe_missing

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": c.path}} if {
	some c in k8s.containers
	c.kind == "containers"
	not k8s.is_set(c.container, "livenessProbe")
	msg := sprintf("%s has no liveness probe", [k8s.container_label(c)])
}
