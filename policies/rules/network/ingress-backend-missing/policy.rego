# METADATA
# title: Ingress routing to a missing Service or port
# description: >-
#   An Ingress backend naming a Service that does not exist in the Ingress's namespace, or a
#   port that Service does not have, answers 503 — and whoever later creates a Service of that
#   name receives the Ingress's public traffic. Resource backends are not judged.
# custom:
#   id: ingress-backend-missing
#   severity: low
#   category: network
#   kinds: [Ingress]
#   controls: []
#   remediation: >-
#     Point the backend at an existing Service of the Ingress's namespace and at a port (number
#     or name) listed in that Service's spec.ports, or remove the path.
package kubeward.rules.network.ingress_backend_missing

import data.kubeward.lib.k8s
import data.kubeward.lib.network
import data.kubeward.lib.workloads

_ns := workloads.namespace

_legacy(b) if not endswith(b.path, ".service")

_field_path(b, "name") := sprintf("%s.name", [b.path]) if not _legacy(b)

_field_path(b, "name") := sprintf("%s.serviceName", [b.path]) if _legacy(b)

_field_path(b, "port") := sprintf("%s.port", [b.path]) if not _legacy(b)

_field_path(b, "port") := sprintf("%s.servicePort", [b.path]) if _legacy(b)

violation contains {"msg": msg, "details": {"path": _field_path(b, "name")}} if {
	some b in network.ingress_backends(k8s.resource)
	not network.service(_ns, b.service)
	msg := sprintf("Ingress %q routes to Service %q, which does not exist in namespace %q", [k8s.resource.metadata.name, b.service, _ns])
}

violation contains {"msg": msg, "details": {"path": _field_path(b, "port")}} if {
	some b in network.ingress_backends(k8s.resource)
	b.port != null
	svc := network.service(_ns, b.service)
	not network.service_port(svc, b.port)
	msg := sprintf("Ingress %q routes to port %s of Service %q, which has no such port (ports: %s)", [k8s.resource.metadata.name, network.port_text(b.port), b.service, _ports(svc)])
}

_ports(svc) := concat(", ", [_port(p) | some p in object.get(svc, ["spec", "ports"], [])])

_port(p) := sprintf("%v/%s", [p.port, p.name]) if {
	is_string(p.name)
} else := sprintf("%v", [p.port])
