# METADATA
# title: NodePort Service
# description: >-
#   A NodePort Service opens its port on every node of the cluster, on every node address,
#   bypassing ingress controllers, load-balancer source ranges and most firewalls scoped to
#   workloads; anything that reaches a node reaches the Service.
# custom:
#   id: service-node-port
#   severity: medium
#   category: network
#   kinds: [Service]
#   controls: ["NSA:network-separation", "MITRE:T1190"]
#   remediation: >-
#     Use a ClusterIP Service behind an Ingress or Gateway (or an internal LoadBalancer); if a
#     NodePort is required, restrict node firewall rules to the clients that need it.
package kubeward.rules.network.service_node_port

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "spec.type"}} if {
	k8s.resource.spec.type == "NodePort"
	ports := [_port(p) | some p in object.get(k8s.resource.spec, "ports", [])]
	msg := sprintf("Service %q is of type NodePort: port %s is opened on every node of the cluster", [k8s.resource.metadata.name, concat(", ", ports)])
}

_port(p) := sprintf("%v (node port %v)", [p.port, p.nodePort]) if {
	is_number(p.nodePort)
} else := sprintf("%v (node port assigned)", [p.port])
