# METADATA
# title: Calico policy allowing all traffic
# description: >-
#   A Calico NetworkPolicy or GlobalNetworkPolicy (projectcalico.org/v3, crd.projectcalico.org/v1)
#   rule with action Allow and no source (ingress) or destination (egress) criteria, or with nets
#   0.0.0.0/0 or ::/0, admits every peer; and an Allow-everything rule in a policy of lower order
#   than a policy denying traffic to the same selection is evaluated first, so the Deny never
#   applies.
# custom:
#   id: calico-policy-allow-all
#   severity: medium
#   category: network
#   kinds: [NetworkPolicy, GlobalNetworkPolicy]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     Give every Allow rule the peers it is for (source/destination selector, namespaceSelector,
#     serviceAccounts or the narrowest nets), and give a policy that must deny a lower order than
#     any policy allowing the same endpoints.
package kubeward.rules.network.calico_policy_allow_all

import data.kubeward.lib.calico
import data.kubeward.lib.k8s

_p := k8s.resource

_name_text := sprintf("Calico %s %q", [_p.kind, _p.metadata.name])

_verb := {"ingress": "ingress from any source", "egress": "egress to any destination"}

_any_net := {"0.0.0.0/0", "::/0"}

# The Allow rules of the directions the policy applies to.
_allows contains {"rule": r, "index": i, "direction": direction} if {
	calico.is_calico(_p)
	some type in calico.types(_p)
	direction := calico.direction_of[type]
	some i, r in calico.rules(_p, direction)
	r.action == "Allow"
}

violation contains {"msg": msg, "details": {"path": sprintf("spec.%s[%d]", [a.direction, a.index])}} if {
	some a in _allows
	calico.any_peer(a.rule, a.direction)
	msg := sprintf("%s %s rule %d allows %s%s", [_name_text, a.direction, a.index, _verb[a.direction], _ports_text(a)])
}

violation contains {"msg": msg, "details": {"path": sprintf("spec.%s[%d].%s.nets[%d]", [a.direction, a.index, side, j])}} if {
	some a in _allows
	side := calico.peer_field[a.direction]
	some j, cidr in object.get(a.rule, [side, "nets"], [])
	cidr in _any_net
	msg := sprintf("%s %s rule %d allows %s every address (%s)", [_name_text, a.direction, a.index, _where[a.direction], cidr])
}

_where := {"ingress": "ingress from", "egress": "egress to"}

# Calico evaluates policies by ascending order and the first matching Allow or Deny decides: an
# Allow-everything rule ordered before a policy that denies the same selection wins over it.
violation contains {"msg": msg, "details": {"path": sprintf("spec.%s[%d]", [a.direction, a.index])}} if {
	some a in _allows
	calico.matches_everything(a.rule)
	some q in _peers
	calico.before(_p, q)
	some how in _denies(q, a.direction)
	msg := sprintf("%s %s rule %d allows everything at order %v, before %s %q (order %s) denies %s traffic for the same selector %s: the Deny never applies", [_name_text, a.direction, a.index, calico.order(_p), q.kind, q.metadata.name, _order_text(q), a.direction, how])
}

# How q denies traffic of a direction: with a Deny rule, or by default (it applies to the
# direction and has no rules for it, so Calico's end-of-tier deny follows).
_denies(q, direction) := {"with a Deny rule" |
	some r in calico.rules(q, direction)
	r.action == "Deny"
} | {"by default (no rules)" |
	some type in calico.types(q)
	calico.direction_of[type] == direction
	count(calico.rules(q, direction)) == 0
}

# Policies of the same scope and the same selection as this one.
_peers contains q if {
	_p.kind == "NetworkPolicy"
	some q in calico.namespaced_policies(object.get(_p, ["metadata", "namespace"], "default"))
	_same_selection(q)
}

_peers contains q if {
	_p.kind == "GlobalNetworkPolicy"
	some q in calico.global_policies
	_same_selection(q)
	calico.selector_text(calico.spec(q), "namespaceSelector") == calico.selector_text(calico.spec(_p), "namespaceSelector")
}

_same_selection(q) if {
	q.metadata.name != _p.metadata.name
	calico.selector_text(calico.spec(q), "selector") == calico.selector_text(calico.spec(_p), "selector")
}

_order_text(q) := sprintf("%v", [calico.order(q)]) if calico.ordered(q)

_order_text(q) := "none: evaluated last" if not calico.ordered(q)

_ports_text(a) := sprintf(" on ports %s", [concat(", ", [sprintf("%v", [p]) | some p in ports])]) if {
	ports := object.get(a.rule, ["destination", "ports"], [])
	count(ports) > 0
} else := " on every port"
