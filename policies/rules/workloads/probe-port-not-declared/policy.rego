# METADATA
# title: Probe checks a port the container does not declare
# description: >-
#   A probe that checks a port number missing from the container's declared ports is either a
#   drift (a port changed in one place and not the other, a port of a sibling container: the probe
#   fails or checks the wrong thing) or an undocumented health port. Either way the declared ports
#   no longer describe what the container listens on.
# custom:
#   id: probe-port-not-declared
#   severity: info
#   category: workloads
#   kinds: [Pod, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet]
#   controls: []
#   remediation: >-
#     Declare the port the probe checks (with a name, and refer to the name in the probe), or point
#     the probe at a declared port if it checks the wrong one.
package kubeward.rules.workloads.probe_port_not_declared

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	c.kind == "containers"
	declared := {n | some cp in c.container.ports; n := cp.containerPort}
	count(declared) > 0
	some p in ["livenessProbe", "readinessProbe", "startupProbe"]
	some h in ["httpGet", "tcpSocket", "grpc"]
	port := c.container[p][h].port
	is_number(port)
	not port in declared
	path := sprintf("%s.%s.%s.port", [c.path, p, h])
	msg := sprintf("%s %s checks port %v, but the container declares only %v", [k8s.container_label(c), p, port, sort(declared)])
}
