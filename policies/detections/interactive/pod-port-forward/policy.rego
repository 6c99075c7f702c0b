# METADATA
# title: Port forwarded into a pod (kubectl port-forward)
# description: >-
#   A user opened a tunnel from their machine to a pod's port (pods/portforward). It bypasses
#   Services, Ingress and NetworkPolicies: databases and admin ports never meant to leave the
#   cluster become reachable from a laptop.
# custom:
#   id: pod-port-forward
#   severity: medium
#   category: interactive
#   kinds: [Event]
#   controls: ["NSA:network-separation", "NSA:audit-logging"]
#   remediation: >-
#     Remove create on pods/portforward from roles that do not need it; expose what people need
#     through authenticated Services.
package kubeward.detections.interactive.pod_port_forward

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username, "pod": sprintf("%s/%s", [audit.namespace, audit.name])}} if {
	audit.resource == "pods"
	audit.subresource == "portforward"
	audit.verb in {"create", "get"}
	audit.succeeded
	msg := sprintf("user %s forwarded %s of pod %s/%s", [audit.user_label, _ports, audit.namespace, audit.name])
}

_ports := sprintf("port %s", [concat(", ", ps)]) if {
	ps := audit.query_values("ports")
	count(ps) > 0
} else := "a port"
