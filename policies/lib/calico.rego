# Calico (projectcalico.org/v3 and crd.projectcalico.org/v1) NetworkPolicy and
# GlobalNetworkPolicy, read as Calico reads them: which endpoints a policy selects, the policy
# types it applies to, whether it denies by default, and which of its rules allow everything.
#
# Selectors are Calico's expression language. The engine parses every selector of the scanned
# policies into disjunctive normal form (src/engine/calico-selector.ts) and supplies, per selector
# text, {"dnf": [[atom, ...], ...]} or {"error": reason} (lib/calico_selectors.rego): Rego has
# no recursion to parse a nesting grammar. A selector without an entry (the library run by OPA or
# Gatekeeper without that data) or with an error is "not evaluated": it never selects anything.
package kubeward.lib.calico

import data.kubeward.lib.calico_selectors

groups := {"projectcalico.org", "crd.projectcalico.org"}

is_calico(obj) if split(obj.apiVersion, "/")[0] in groups

# The Calico NetworkPolicies of namespace ns (the kind is shared with Kubernetes' own).
namespaced_policies(ns) := {p |
	some gv, name
	p := data.inventory.namespace[ns][gv].NetworkPolicy[name]
	is_calico(p)
}

global_policies := {p |
	some gv, name
	p := data.inventory.cluster[gv].GlobalNetworkPolicy[name]
	is_calico(p)
}

spec(p) := s if {
	s := p.spec
	is_object(s)
} else := {}

# A selector field as text: absent, null or "" reads as all(), as Calico defaults it.
selector_text(obj, field) := t if {
	t := obj[field]
	is_string(t)
} else := ""

_all_texts := {"", "all()"}

# The parse of a selector text, or an error (also when the engine did not precompute it).
compiled(text) := {"dnf": [[]]} if {
	trim_space(text) in _all_texts
} else := c if {
	c := calico_selectors.precomputed[text]
} else := {"error": "not precomputed: run by kubeward scan to evaluate Calico selectors"}

evaluable(text) if is_array(compiled(text).dnf)

# True when the selector text selects an endpoint with the given labels.
matches(text, labels) if {
	some clause in compiled(text).dnf
	every atom in clause {
		_atom(atom, labels)
	}
}

_atom(a, labels) if {
	not a.negate
	_holds(a, labels)
}

_atom(a, labels) if {
	a.negate
	not _holds(a, labels)
}

# global() holds for non-namespaced endpoints (host endpoints, global network sets), never for
# a pod: it has no rule here.
_holds(a, labels) if {
	a.op == "has"
	_ = labels[a.key]
}

_holds(a, labels) if {
	a.op == "in"
	labels[a.key] in a.values
}

_holds(a, labels) if {
	a.op == "contains"
	contains(labels[a.key], a.values[0])
}

_holds(a, labels) if {
	a.op == "startswith"
	startswith(labels[a.key], a.values[0])
}

_holds(a, labels) if {
	a.op == "endswith"
	endswith(labels[a.key], a.values[0])
}

# Label keys every pod of a namespace shares (Calico adds them to the pod's endpoint).
_namespace_key(key) if key in {"projectcalico.org/namespace", "projectcalico.org/orchestrator"}

_namespace_key(key) if startswith(key, "pcns.")

# True when the selector selects every pod of the namespace whose shared labels are ns_labels:
# some clause tests only namespace-wide labels, and they hold.
selects_whole_namespace(text, ns_labels) if {
	some clause in compiled(text).dnf
	every atom in clause {
		_namespace_key(atom.key)
		_atom(atom, ns_labels)
	}
}

# The policy types, as Calico defaults them when `types` is absent: Ingress unless the policy
# has only egress rules, Egress when it has egress rules.
types(p) := {t | some t in spec(p).types} if {
	count(object.get(spec(p), "types", [])) > 0
} else := {"Ingress", "Egress"} if {
	count(rules(p, "ingress")) > 0
	count(rules(p, "egress")) > 0
} else := {"Egress"} if {
	count(rules(p, "egress")) > 0
} else := {"Ingress"}

rules(p, direction) := r if {
	r := spec(p)[direction]
	is_array(r)
} else := []

direction_of := {"Ingress": "ingress", "Egress": "egress"}

# preDNAT and doNotTrack policies apply to host endpoints only, never to pods.
host_only(p) if spec(p).preDNAT == true

host_only(p) if spec(p).doNotTrack == true

# The peer of a rule: `source` for ingress, `destination` for egress.
peer_field := {"ingress": "source", "egress": "destination"}

# True when a rule matches every packet: no protocol, source or destination criteria.
matches_everything(rule) if {
	every k, _ in rule {
		k in {"action", "metadata", "ipVersion"}
	}
}

# True when the rule's peer side has no criteria (any source for ingress, any destination for
# egress), whatever ports it names.
any_peer(rule, direction) if {
	peer := object.get(rule, peer_field[direction], {})
	every k, _ in _obj(peer) {
		k in {"ports", "notPorts"}
	}
}

_obj(x) := x if is_object(x)

_obj(x) := {} if not is_object(x)

# True when p denies by default the given type for every pod of namespace ns: it selects them
# all and either has no rules of that type or opens them with a Deny matching everything.
default_deny(p, type, ns, ns_labels) if {
	type in types(p)
	not host_only(p)
	not spec(p).serviceAccountSelector
	_whole_namespace(p, ns, ns_labels)
	_denies_all(rules(p, direction_of[type]))
}

_denies_all(r) if count(r) == 0

_denies_all(r) if {
	r[0].action == "Deny"
	matches_everything(r[0])
}

_whole_namespace(p, _, ns_labels) if {
	p.kind == "NetworkPolicy"
	selects_whole_namespace(selector_text(spec(p), "selector"), ns_labels)
}

_whole_namespace(p, ns, ns_labels) if {
	p.kind == "GlobalNetworkPolicy"
	matches(selector_text(spec(p), "namespaceSelector"), namespace_object_labels(ns, ns_labels))
	selects_whole_namespace(selector_text(spec(p), "selector"), ns_labels)
}

# A namespace's labels as a namespaceSelector sees them (its own labels and its name).
namespace_object_labels(ns, ns_labels) := object.union(
	{k: v |
		some key, v in ns_labels
		startswith(key, "pcns.")
		k := substring(key, 5, -1)
	},
	{"projectcalico.org/name": ns},
)

# True when p applies to the pod endpoint with the given labels (Calico's endpoint labels, see
# network.calico_endpoint_labels) and whose service account has sa_labels.
selects(p, ns, labels, sa_labels) if {
	not host_only(p)
	_scope(p, ns, labels)
	matches(selector_text(spec(p), "selector"), labels)
	matches(selector_text(spec(p), "serviceAccountSelector"), sa_labels)
}

_scope(p, ns, _) if {
	p.kind == "NetworkPolicy"
	object.get(p, ["metadata", "namespace"], "default") == ns
}

_scope(p, ns, labels) if {
	p.kind == "GlobalNetworkPolicy"
	matches(selector_text(spec(p), "namespaceSelector"), namespace_object_labels(ns, labels))
}

# Every selector of a policy with where it is: {"path", "text"}.
selector_fields(p) := {{"path": sprintf("spec.%s", [f]), "text": t} |
	some f in ["selector", "namespaceSelector", "serviceAccountSelector"]
	t := spec(p)[f]
	is_string(t)
} | {{"path": sprintf("spec.%s[%d].%s.%s", [d, i, side, f]), "text": t} |
	some d in ["ingress", "egress"]
	some i, r in rules(p, d)
	some side in ["source", "destination"]
	some f in ["selector", "namespaceSelector", "notSelector"]
	t := r[side][f]
	is_string(t)
}

# The order Calico evaluates a policy at: lower first; no order is last.
order(p) := o if {
	o := spec(p).order
	is_number(o)
}

# True when q is evaluated before p (for the same endpoints, q's matching rule decides first).
before(q, p) if order(q) < order(p)

before(q, p) if {
	ordered(q)
	not ordered(p)
}

ordered(p) if is_number(spec(p).order)
