# METADATA
# title: Gateway API route to a missing Service or port
# description: >-
#   An HTTPRoute, GRPCRoute or TLSRoute backendRef naming a Service that does not exist, or a
#   port that Service does not have, fails its requests (the route reports ResolvedRefs=False)
#   — and whoever later creates a Service of that name receives the route's traffic. Backends
#   in namespaces the scan holds nothing of are not judged; non-Service backends neither.
# custom:
#   id: gateway-route-backend-missing
#   severity: low
#   category: network
#   kinds: [HTTPRoute, GRPCRoute, TLSRoute]
#   controls: []
#   remediation: >-
#     Point backendRefs at an existing Service (in the route's namespace unless a ReferenceGrant
#     allows another) and at a port listed in its spec.ports, or remove the backendRef.
package kubeward.rules.network.gateway_route_backend_missing

import data.kubeward.lib.k8s
import data.kubeward.lib.network
import data.kubeward.lib.workloads

_own := workloads.namespace

_route := k8s.resource

_judged(b) if b.namespace == _own

_judged(b) if data.inventory.namespace[b.namespace]

violation contains {"msg": msg, "details": {"path": sprintf("%s.name", [b.path])}} if {
	some b in network.route_backends(object.union(_route, {"metadata": {"namespace": _own}}))
	_judged(b)
	not network.service(b.namespace, b.service)
	msg := sprintf("%s %q sends traffic to Service %q, which does not exist in namespace %q", [k8s.kind, _route.metadata.name, b.service, b.namespace])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.port", [b.path])}} if {
	some b in network.route_backends(object.union(_route, {"metadata": {"namespace": _own}}))
	b.port != null
	svc := network.service(b.namespace, b.service)
	not network.service_port(svc, b.port)
	msg := sprintf("%s %q sends traffic to port %v of Service %q, which has no such port", [k8s.kind, _route.metadata.name, b.port, b.service])
}
