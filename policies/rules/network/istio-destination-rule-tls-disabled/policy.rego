# METADATA
# title: Istio DestinationRule disabling TLS
# description: >-
#   A DestinationRule whose trafficPolicy (for the host, a port or a subset) sets tls.mode
#   DISABLE makes sidecars send plaintext to that destination, even where the server side
#   would accept mutual TLS: requests and credentials cross the network readable, and the server
#   cannot authenticate the caller's workload identity.
# custom:
#   id: istio-destination-rule-tls-disabled
#   severity: medium
#   category: network
#   kinds: [DestinationRule]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     Remove tls.mode DISABLE (Istio then uses ISTIO_MUTUAL automatically inside the mesh) or set
#     ISTIO_MUTUAL, or SIMPLE/MUTUAL for a destination outside the mesh.
package kubeward.rules.network.istio_destination_rule_tls_disabled

import data.kubeward.lib.istio
import data.kubeward.lib.k8s

_dr := k8s.resource

# Every trafficPolicy of the rule: the host's, its portLevelSettings, and each subset's.
_policies contains {"policy": tp, "path": "spec.trafficPolicy", "what": "all ports"} if tp := _dr.spec.trafficPolicy

_policies contains {"policy": s.trafficPolicy, "path": sprintf("spec.subsets[%d].trafficPolicy", [i]), "what": sprintf("subset %q", [s.name])} if {
	some i, s in _dr.spec.subsets
	s.trafficPolicy
}

_settings contains {"tls": tp.policy.tls, "path": sprintf("%s.tls.mode", [tp.path]), "what": tp.what} if {
	some tp in _policies
}

_settings contains {"tls": p.tls, "path": sprintf("%s.portLevelSettings[%d].tls.mode", [tp.path, j]), "what": _port_what(tp, p.port.number)} if {
	some tp in _policies
	some j, p in tp.policy.portLevelSettings
}

_port_what(tp, n) := sprintf("port %v", [n]) if tp.path == "spec.trafficPolicy"

_port_what(tp, n) := sprintf("%s, port %v", [tp.what, n]) if tp.path != "spec.trafficPolicy"

violation contains {"msg": msg, "details": {"path": s.path}} if {
	istio.is_istio(_dr, "networking.istio.io")
	some s in _settings
	s.tls.mode == "DISABLE"
	msg := sprintf("DestinationRule %q sets TLS mode DISABLE for host %q (%s): sidecars send plaintext to it", [_dr.metadata.name, _dr.spec.host, s.what])
}
