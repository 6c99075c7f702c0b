# Cilium's CiliumNetworkPolicy (namespaced) and CiliumClusterwideNetworkPolicy, read as the
# Cilium agent reads them: which pods a policy selects, whether it puts them into default deny,
# and which of its rules allow traffic from or to everything.
#
# A selector is a metav1.LabelSelector over Cilium's endpoint labels. Label keys may carry a
# source prefix (`k8s:app`, `any:app`); a pod's labels are k8s-sourced, and Cilium adds
# io.kubernetes.pod.namespace, io.cilium.k8s.policy.serviceaccount and the namespace's labels as
# io.cilium.k8s.namespace.labels.<key>. Keys of other sources (reserved:, cidr:, ...) never match
# a pod. A namespaced policy only ever selects pods of its own namespace.
package kubeward.lib.cilium

import data.kubeward.lib.selectors

is_cilium(obj) if startswith(obj.apiVersion, "cilium.io/")

namespaced_policies(ns) := {p |
	some gv, name
	p := data.inventory.namespace[ns][gv].CiliumNetworkPolicy[name]
	is_cilium(p)
}

clusterwide_policies := {p |
	some gv, name
	p := data.inventory.cluster[gv].CiliumClusterwideNetworkPolicy[name]
	is_cilium(p)
}

# The rules of a policy: `spec` and every element of `specs`, with their paths.
rules_of(p) := {{"rule": r, "path": "spec"} | r := p.spec; is_object(r)} | {{"rule": r, "path": sprintf("specs[%d]", [i])} |
	some i, r in p.specs
	is_object(r)
}

# A selector with source prefixes removed, or undefined when it tests a key of a source other
# than Kubernetes (such a selector selects no pod).
normalized(sel) := {
	"matchLabels": {_key(k): v | some k, v in object.get(sel, "matchLabels", {})},
	"matchExpressions": [object.union(e, {"key": _key(e.key)}) | some e in object.get(sel, "matchExpressions", [])],
} if {
	is_object(sel)
	every k, _ in object.get(sel, "matchLabels", {}) {
		_pod_source(k)
	}
	every e in object.get(sel, "matchExpressions", []) {
		_pod_source(e.key)
	}
}

_pod_source(k) if not contains(k, ":")

_pod_source(k) if startswith(k, "k8s:")

_pod_source(k) if startswith(k, "any:")

_key(k) := substring(k, 4, -1) if startswith(k, "k8s:")

_key(k) := substring(k, 4, -1) if startswith(k, "any:")

_key(k) := k if not contains(k, ":")

# Keys every pod of a namespace shares.
_namespace_key(k) if k == "io.kubernetes.pod.namespace"

_namespace_key(k) if startswith(k, "io.cilium.k8s.namespace.labels.")

# The endpointSelector of a rule that selects pods ({} when the rule selects nodes instead).
endpoint_selector(rule) := rule.endpointSelector if is_object(rule.endpointSelector)

# True when the rule (of policy p) applies to the pod endpoint with the given labels.
selects(p, rule, ns, labels) if {
	_in_scope(p, ns)
	selectors.matches(normalized(endpoint_selector(rule)), labels)
}

_in_scope(p, ns) if {
	p.kind == "CiliumNetworkPolicy"
	object.get(p, ["metadata", "namespace"], "default") == ns
}

_in_scope(p, _) if p.kind == "CiliumClusterwideNetworkPolicy"

# True when the rule selects every pod of the namespace whose shared labels are ns_labels.
selects_whole_namespace(p, rule, ns, ns_labels) if {
	_in_scope(p, ns)
	sel := normalized(endpoint_selector(rule))
	selectors.matches(sel, ns_labels)
	every k, _ in sel.matchLabels {
		_namespace_key(k)
	}
	every e in sel.matchExpressions {
		_namespace_key(e.key)
	}
}

section := {"Ingress": "ingress", "Egress": "egress"}

deny_section := {"Ingress": "ingressDeny", "Egress": "egressDeny"}

_list(x) := x if is_array(x)

_list(x) := [] if not is_array(x)

# True when the rule puts what it selects into default deny for the type and allows nothing of
# it: the section is present and holds only empty rules (`ingress: [{}]` is Cilium's documented
# deny-all; an empty list is no section), or a deny rule covers every peer.
# enableDefaultDeny.<direction>: false opts out.
default_deny(rule, type) if {
	not object.get(rule, ["enableDefaultDeny", section[type]], true) == false
	allowed := _list(object.get(rule, section[type], []))
	count(allowed) > 0
	every r in allowed {
		r == {}
	}
}

default_deny(rule, type) if {
	not object.get(rule, ["enableDefaultDeny", section[type]], true) == false
	some r in _list(object.get(rule, deny_section[type], []))
	"all" in _entities(r, type)
	not r.toPorts
}

_entities(r, "Ingress") := _list(object.get(r, "fromEntities", []))

_entities(r, "Egress") := _list(object.get(r, "toEntities", []))

# Fields of an ingress or egress rule this library reads; anything else is not evaluated.
known_rule_fields := {
	"fromEndpoints", "fromRequires", "fromCIDR", "fromCIDRSet", "fromEntities", "fromGroups", "fromNodes",
	"toEndpoints", "toRequires", "toCIDR", "toCIDRSet", "toEntities", "toGroups", "toNodes", "toServices", "toFQDNs",
	"toPorts", "icmps", "authentication", "icmp",
}

known_spec_fields := {
	"endpointSelector", "nodeSelector", "ingress", "ingressDeny", "egress", "egressDeny",
	"labels", "description", "enableDefaultDeny", "log",
}
