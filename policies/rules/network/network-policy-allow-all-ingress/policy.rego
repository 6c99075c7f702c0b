# METADATA
# title: NetworkPolicy allowing all ingress
# description: >-
#   A NetworkPolicy ingress rule without peers (`ingress: [{}]`, or `from: []`), or with an ipBlock of
#   0.0.0.0/0 or ::/0 without exceptions, lets every pod of the cluster and, through ipBlock 0.0.0.0/0, every address reach the pods it selects. It cancels any default-deny policy for those
#   pods and usually hides a forgotten TODO.
# custom:
#   id: network-policy-allow-all-ingress
#   severity: medium
#   category: network
#   kinds: [NetworkPolicy]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     List the peers the pods need in spec.ingress[].from (podSelector, namespaceSelector, or the
#     narrowest ipBlock CIDRs), with the ports they use.
package kubeward.rules.network.network_policy_allow_all_ingress

import data.kubeward.lib.k8s
import data.kubeward.lib.network

_name := k8s.resource.metadata.name

# Calico's NetworkPolicy shares the kind name; calico-policy-allow-all judges it.
_judged if {
	network.is_kubernetes_policy(k8s.resource)
	"Ingress" in network.policy_types(k8s.resource)
}

# A rule without peers admits every peer.
violation contains {"msg": msg, "details": {"path": sprintf("spec.ingress[%d]", [i])}} if {
	_judged
	some i, r in network.rules_of(k8s.resource, "ingress")
	count(_null_to_empty(object.get(r, "from", []))) == 0
	msg := sprintf("NetworkPolicy %q ingress rule %d has no peers: it allows ingress from any source %s", [_name, i, _ports_text(r)])
}

violation contains {"msg": msg, "details": {"path": sprintf("spec.ingress[%d].from[%d].ipBlock.cidr", [i, j])}} if {
	_judged
	some i, r in network.rules_of(k8s.resource, "ingress")
	some j, peer in _null_to_empty(object.get(r, "from", []))
	peer.ipBlock.cidr in {"0.0.0.0/0", "::/0"}
	count(object.get(peer.ipBlock, "except", [])) == 0
	msg := sprintf("NetworkPolicy %q ingress rule %d allows ingress from every address (%s) %s", [_name, i, peer.ipBlock.cidr, _ports_text(r)])
}

_null_to_empty(x) := x if x != null

_null_to_empty(null) := []

_ports_text(r) := "on every port" if count(_null_to_empty(object.get(r, "ports", []))) == 0

_ports_text(r) := sprintf("on ports %s", [concat(", ", [_port(p) | some p in r.ports])]) if count(_null_to_empty(object.get(r, "ports", []))) > 0

_port(p) := sprintf("%v-%v/%s", [p.port, p.endPort, _protocol(p)]) if {
	is_number(p.endPort)
} else := sprintf("%v/%s", [object.get(p, "port", "*"), _protocol(p)])

_protocol(p) := object.get(p, "protocol", "TCP")
