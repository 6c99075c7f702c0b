# METADATA
# title: Host ports
# description: >-
#   A hostPort binds a container port on the node's own network interfaces. It bypasses
#   NetworkPolicy on many network plugins, exposes the workload outside the cluster network and
#   ties the pod to nodes where the port is free. Pod Security Standards Baseline forbids any
#   hostPort other than 0 (unset).
# custom:
#   id: pss-host-ports
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:baseline:hostPorts", "CIS:5.2.12"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Remove ports[*].hostPort (or set it to 0) and expose the workload through a Service
#     (ClusterIP, NodePort or LoadBalancer) or an Ingress/Gateway instead.
package kubeward.rules.pod_security.pss_host_ports

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	some i, port in c.container.ports
	k8s.is_set(port, "hostPort")
	port.hostPort != 0
	path := sprintf("%s.ports[%d].hostPort", [c.path, i])
	msg := sprintf("%s binds host port %v", [k8s.container_label(c), port.hostPort])
}
