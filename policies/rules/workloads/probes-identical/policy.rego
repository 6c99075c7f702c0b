# METADATA
# title: Identical liveness and readiness probes
# description: >-
#   When the liveness probe checks exactly what the readiness probe checks, a pod that is only
#   temporarily unable to serve (overloaded, a dependency down) is restarted instead of being taken
#   out of rotation, and under load every replica can be restarted at once: a cascading failure.
# custom:
#   id: probes-identical
#   severity: low
#   category: workloads
#   kinds: [Pod, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet]
#   controls: []
#   remediation: >-
#     Make the liveness probe check only that the process is alive (a cheap endpoint that does not
#     touch dependencies) and keep the full readiness check in the readiness probe.
package kubeward.rules.workloads.probes_identical

import data.kubeward.lib.k8s

_handlers := ["httpGet", "tcpSocket", "grpc", "exec"]

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	c.kind == "containers"
	some h in _handlers
	c.container.livenessProbe[h] != null
	c.container.livenessProbe[h] == c.container.readinessProbe[h]
	path := sprintf("%s.livenessProbe.%s", [c.path, h])
	msg := sprintf("%s uses the same %s check for its liveness and readiness probes", [k8s.container_label(c), h])
}
