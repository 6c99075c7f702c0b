# METADATA
# title: Port declared twice in a pod
# description: >-
#   All containers of a pod share one network namespace, so only one of them can listen on a given
#   port and protocol. Two declarations of the same containerPort are a conflict at run time or a
#   copy-paste mistake, and two ports with the same name in a container make probes and Services
#   that refer to the name ambiguous (the API server rejects those).
# custom:
#   id: duplicate-container-ports
#   severity: low
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Declare each port once, on the container that listens on it, with a name unique in the
#     container.
package kubeward.rules.workloads.duplicate_container_ports

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

# Regular containers and restartable init containers (sidecars) run side by side.
_running contains c if {
	some c in k8s.containers
	c.kind == "containers"
}

_running contains c if {
	some c in k8s.containers
	c.kind == "initContainers"
	c.container.restartPolicy == "Always"
}

_ports contains {"c": c, "order": (workloads.container_order(c) * 1000) + i, "port": p.containerPort, "protocol": object.get(p, "protocol", "TCP"), "path": sprintf("%s.ports[%d]", [c.path, i])} if {
	some c in _running
	some i, p in c.container.ports
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.containerPort", [b.path])}} if {
	some a in _ports
	some b in _ports
	a.port == b.port
	a.protocol == b.protocol
	a.order < b.order
	msg := sprintf("%s declares %v/%s, already declared at %s", [k8s.container_label(b.c), b.port, b.protocol, a.path])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.ports[%d].name", [c.path, j])}} if {
	some c in k8s.containers
	some i, p in c.container.ports
	some j, q in c.container.ports
	i < j
	p.name == q.name
	msg := sprintf("%s names two ports %q (ports[%d] and ports[%d])", [k8s.container_label(c), q.name, i, j])
}
