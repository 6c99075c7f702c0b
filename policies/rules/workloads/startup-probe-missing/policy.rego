# METADATA
# title: Slow-starting container without a startup probe
# description: >-
#   A container whose liveness probe waits a long initialDelaySeconds is a slow starter handled the
#   old way: the delay is a guess, too short after a slow migration (the container is killed in a
#   restart loop) and too long after a crash (a wedged container is not restarted for that long).
#   A startupProbe holds liveness and readiness checks back exactly until the application started.
# custom:
#   id: startup-probe-missing
#   severity: info
#   category: workloads
#   kinds: [Pod, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet]
#   controls: []
#   remediation: >-
#     Add a startupProbe with the liveness check, failureThreshold x periodSeconds covering the
#     worst-case start time, and drop the liveness probe's initialDelaySeconds.
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       minInitialDelaySeconds:
#         type: integer
#         minimum: 1
#         default: 30
#         description: A liveness initialDelaySeconds from this value up marks a slow starter.
package kubeward.rules.workloads.startup_probe_missing

import data.kubeward.lib.k8s

_threshold := object.get(input, ["parameters", "minInitialDelaySeconds"], 30)

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	c.kind == "containers"
	delay := c.container.livenessProbe.initialDelaySeconds
	delay >= _threshold
	not k8s.is_set(c.container, "startupProbe")
	path := sprintf("%s.livenessProbe.initialDelaySeconds", [c.path])
	msg := sprintf("%s delays its liveness probe by %vs instead of using a startup probe", [k8s.container_label(c), delay])
}
