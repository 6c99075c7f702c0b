# METADATA
# title: NodePort Service created
# description: >-
#   A Service of type NodePort was created or replaced: its port opens on every node's address,
#   outside any Ingress, load balancer or firewall rules made for them.
# custom:
#   id: nodeport-service-created
#   severity: medium
#   category: exposure
#   kinds: [Event]
#   controls: ["NSA:network-separation", "NSA:audit-logging"]
#   remediation: >-
#     Use a ClusterIP Service behind an Ingress or a LoadBalancer with source ranges;
#     investigate unexpected exposures.
package kubeward.detections.exposure.nodeport_service_created

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username, "path": "spec.type"}} if {
	audit.resource == "services"
	audit.verb in {"create", "update"}
	audit.succeeded
	not audit.system_component
	input.requestObject.spec.type == "NodePort"
	msg := sprintf("user %s %s NodePort Service %s/%s (%s)", [audit.user_label, _did[audit.verb], audit.namespace, input.requestObject.metadata.name, _ports])
}

_did := {"create": "created", "update": "updated"}

_ports := concat(", ", [_port(p) | some p in object.get(input.requestObject.spec, "ports", [])])

_port(p) := sprintf("node port %v -> %v", [p.nodePort, p.port]) if p.nodePort

_port(p) := sprintf("port %v (node port assigned)", [p.port]) if not p.nodePort
