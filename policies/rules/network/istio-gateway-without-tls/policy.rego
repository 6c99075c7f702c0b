# METADATA
# title: Istio Gateway server without TLS
# description: >-
#   An Istio Gateway (networking.istio.io) server with protocol HTTP that does not redirect to
#   HTTPS (tls.httpsRedirect) serves its hosts in plaintext at the edge of the mesh: credentials
#   and session cookies cross the network readable. Kubernetes Gateway API Gateways share the
#   kind name and are not judged here.
# custom:
#   id: istio-gateway-without-tls
#   severity: medium
#   category: network
#   kinds: [Gateway]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     Serve the hosts on an HTTPS server (port.protocol HTTPS with tls.mode SIMPLE or MUTUAL and a
#     credentialName), and make the HTTP server redirect with tls.httpsRedirect true.
package kubeward.rules.network.istio_gateway_without_tls

import data.kubeward.lib.istio
import data.kubeward.lib.k8s

_gw := k8s.resource

violation contains {"msg": msg, "details": {"path": sprintf("spec.servers[%d]", [i])}} if {
	istio.is_istio(_gw, "networking.istio.io")
	some i, s in _gw.spec.servers
	upper(object.get(s, ["port", "protocol"], "")) in {"HTTP", "HTTP2"}
	not s.tls.httpsRedirect == true
	msg := sprintf("Gateway %q server %d serves %s over plain %s on port %v without redirecting to HTTPS", [_gw.metadata.name, i, concat(", ", object.get(s, "hosts", [])), upper(s.port.protocol), s.port.number])
}
