# METADATA
# title: NetworkPolicy allowing all egress
# description: >-
#   A NetworkPolicy egress rule without peers (`egress: [{}]`, or `to: []`), or with an ipBlock of
#   0.0.0.0/0 or ::/0 without exceptions, lets the pods it selects connect to every pod of the cluster and every address on the internet (data exfiltration, command and control, the cloud metadata endpoint). It cancels any default-deny policy for those
#   pods and usually hides a forgotten TODO. A rule without peers limited to port 53 (the usual
#   "allow DNS" rule) is tolerated.
# custom:
#   id: network-policy-allow-all-egress
#   severity: low
#   category: network
#   kinds: [NetworkPolicy]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     List the peers the pods need in spec.egress[].to (podSelector, namespaceSelector, or the
#     narrowest ipBlock CIDRs), with the ports they use.
package kubeward.rules.network.network_policy_allow_all_egress

import data.kubeward.lib.k8s
import data.kubeward.lib.network

_name := k8s.resource.metadata.name

# Calico's NetworkPolicy shares the kind name; calico-policy-allow-all judges it.
_judged if {
	network.is_kubernetes_policy(k8s.resource)
	"Egress" in network.policy_types(k8s.resource)
}

# A rule without peers admits every peer.
violation contains {"msg": msg, "details": {"path": sprintf("spec.egress[%d]", [i])}} if {
	_judged
	some i, r in network.rules_of(k8s.resource, "egress")
	count(_null_to_empty(object.get(r, "to", []))) == 0
	not _dns_only(r)
	msg := sprintf("NetworkPolicy %q egress rule %d has no peers: it allows egress to any destination %s", [_name, i, _ports_text(r)])
}

violation contains {"msg": msg, "details": {"path": sprintf("spec.egress[%d].to[%d].ipBlock.cidr", [i, j])}} if {
	_judged
	some i, r in network.rules_of(k8s.resource, "egress")
	some j, peer in _null_to_empty(object.get(r, "to", []))
	peer.ipBlock.cidr in {"0.0.0.0/0", "::/0"}
	count(object.get(peer.ipBlock, "except", [])) == 0
	msg := sprintf("NetworkPolicy %q egress rule %d allows egress to every address (%s) %s", [_name, i, peer.ipBlock.cidr, _ports_text(r)])
}

# `to` left empty on port 53 only is the usual "allow DNS" rule: DNS to any resolver is
# tolerated (the cluster DNS service's address is not known to the policy).
_dns_only(r) if {
	ports := _null_to_empty(object.get(r, "ports", []))
	count(ports) > 0
	every p in ports {
		object.get(p, "port", null) in {53, "dns", "dns-tcp"}
	}
}

_null_to_empty(x) := x if x != null

_null_to_empty(null) := []

_ports_text(r) := "on every port" if count(_null_to_empty(object.get(r, "ports", []))) == 0

_ports_text(r) := sprintf("on ports %s", [concat(", ", [_port(p) | some p in r.ports])]) if count(_null_to_empty(object.get(r, "ports", []))) > 0

_port(p) := sprintf("%v-%v/%s", [p.port, p.endPort, _protocol(p)]) if {
	is_number(p.endPort)
} else := sprintf("%v/%s", [object.get(p, "port", "*"), _protocol(p)])

_protocol(p) := object.get(p, "protocol", "TCP")
