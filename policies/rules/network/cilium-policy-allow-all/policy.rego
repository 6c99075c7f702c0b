# METADATA
# title: Cilium policy allowing all traffic
# description: >-
#   A CiliumNetworkPolicy or CiliumClusterwideNetworkPolicy rule that allows the `world` or `all`
#   entity, a CIDR of 0.0.0.0/0 or ::/0, or any peer at all (a rule with ports but no peer, or
#   a clusterwide `fromEndpoints: [{}]`) opens the selected pods to everything the rule names:
#   it cancels the default deny the policy puts them in. An empty rule (`ingress: [{}]`) is
#   Cilium's documented deny-all and is not reported.
# custom:
#   id: cilium-policy-allow-all
#   severity: medium
#   category: network
#   kinds: [CiliumNetworkPolicy, CiliumClusterwideNetworkPolicy]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     Name the peers the pods need (fromEndpoints/toEndpoints with labels, toFQDNs, the narrowest
#     CIDRs, or the cluster/host entities) instead of world, all or 0.0.0.0/0, and give every
#     toPorts rule the peers it is for.
package kubeward.rules.network.cilium_policy_allow_all

import data.kubeward.lib.cilium
import data.kubeward.lib.k8s

_p := k8s.resource

_side := {"ingress": {"prefix": "from", "verb": "ingress from"}, "egress": {"prefix": "to", "verb": "egress to"}}

_everyone := {"world": "every address outside the cluster", "all": "every peer, inside and outside the cluster"}

_any_cidr := {"0.0.0.0/0", "::/0"}

# Every allow rule of the policy with its path and side.
_rules contains {"rule": x, "path": sprintf("%s.%s[%d]", [r.path, direction, i]), "index": i, "direction": direction, "side": side} if {
	cilium.is_cilium(_p)
	some r in cilium.rules_of(_p)
	some direction, side in _side
	some i, x in object.get(r.rule, direction, [])
	is_object(x)
}

_name_text := sprintf("%s %q", [_p.kind, _p.metadata.name])

violation contains {"msg": msg, "details": {"path": sprintf("%s.%sEntities[%d]", [x.path, x.side.prefix, j])}} if {
	some x in _rules
	some j, entity in object.get(x.rule, sprintf("%sEntities", [x.side.prefix]), [])
	what := _everyone[entity]
	msg := sprintf("%s %s rule %d allows %s entity %q: %s %s", [_name_text, x.direction, x.index, x.side.verb, entity, what, _ports_text(x.rule)])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.%sCIDR[%d]", [x.path, x.side.prefix, j])}} if {
	some x in _rules
	some j, cidr in object.get(x.rule, sprintf("%sCIDR", [x.side.prefix]), [])
	cidr in _any_cidr
	msg := sprintf("%s %s rule %d allows %s every address (%s) %s", [_name_text, x.direction, x.index, x.side.verb, cidr, _ports_text(x.rule)])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.%sCIDRSet[%d].cidr", [x.path, x.side.prefix, j])}} if {
	some x in _rules
	some j, set in object.get(x.rule, sprintf("%sCIDRSet", [x.side.prefix]), [])
	set.cidr in _any_cidr
	count(object.get(set, "except", [])) == 0
	msg := sprintf("%s %s rule %d allows %s every address (%s) %s", [_name_text, x.direction, x.index, x.side.verb, set.cidr, _ports_text(x.rule)])
}

# Ports without a peer: Cilium applies an L4-only rule to every peer.
violation contains {"msg": msg, "details": {"path": x.path}} if {
	some x in _rules
	some l4 in ["toPorts", "icmps"]
	_ = x.rule[l4]
	not _has_peer(x.rule, x.side.prefix)
	msg := sprintf("%s %s rule %d names no peer: it allows %s any peer %s", [_name_text, x.direction, x.index, x.side.verb, _ports_text(x.rule)])
}

# In a clusterwide policy an empty endpoint selector is every pod of every namespace.
violation contains {"msg": msg, "details": {"path": sprintf("%s.%sEndpoints[%d]", [x.path, x.side.prefix, j])}} if {
	_p.kind == "CiliumClusterwideNetworkPolicy"
	some x in _rules
	some j, sel in object.get(x.rule, sprintf("%sEndpoints", [x.side.prefix]), [])
	sel == {}
	msg := sprintf("%s %s rule %d allows %s every pod of every namespace (an empty endpoint selector in a clusterwide policy) %s", [_name_text, x.direction, x.index, x.side.verb, _ports_text(x.rule)])
}

_has_peer(rule, prefix) if {
	some field in ["Endpoints", "CIDR", "CIDRSet", "Entities", "Groups", "Nodes", "Services", "FQDNs"]
	_ = rule[sprintf("%s%s", [prefix, field])]
}

_ports_text(rule) := "on every port" if {
	count(_ports(rule)) == 0
} else := sprintf("on ports %s", [concat(", ", _ports(rule))])

_ports(rule) := [sprintf("%v/%s", [p.port, object.get(p, "protocol", "ANY")]) |
	some tp in object.get(rule, "toPorts", [])
	some p in object.get(tp, "ports", [])
]
