# METADATA
# title: Probe refers to an undefined port name
# description: >-
#   A probe whose port is a name the container does not declare in its ports can never succeed:
#   the kubelet cannot resolve the name, so the liveness probe restarts the container forever, the
#   readiness probe keeps it out of every Service and the startup probe never lets it start.
# custom:
#   id: probe-named-port-undefined
#   severity: medium
#   category: workloads
#   kinds: [Pod, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet]
#   controls: []
#   remediation: >-
#     Use a port name declared in the same container's ports (names are per container), or the
#     port number.
package kubeward.rules.workloads.probe_named_port_undefined

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	c.kind == "containers"
	some p in ["livenessProbe", "readinessProbe", "startupProbe"]
	some h in ["httpGet", "tcpSocket"]
	port := c.container[p][h].port
	is_string(port)
	not port in {n | some cp in object.get(c.container, "ports", []); n := cp.name}
	path := sprintf("%s.%s.%s.port", [c.path, p, h])
	msg := sprintf("%s %s uses port %q, which the container does not declare", [k8s.container_label(c), p, port])
}
