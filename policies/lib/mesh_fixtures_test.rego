# Test fixtures for Cilium, Calico and Istio objects, and the parsed Calico selectors the engine
# would pass (data.kubeward.selectors.calico, as src/engine/calico-selector.ts writes them).
package kubeward.test.mesh

import data.kubeward.test.network as nx

_cluster_kinds := {"Namespace", "GlobalNetworkPolicy", "CiliumClusterwideNetworkPolicy"}

_ns(o) := object.get(o, ["metadata", "namespace"], "default")

# data.inventory holding objs, with the cluster-scoped Cilium and Calico kinds at cluster scope.
inv(objs) := {
	"namespace": {ns: _by_gv([o | some o in objs; not o.kind in _cluster_kinds; _ns(o) == ns]) |
		some x in objs
		not x.kind in _cluster_kinds
		ns := _ns(x)
	},
	"cluster": _by_gv([o | some o in objs; o.kind in _cluster_kinds]),
}

_by_gv(objs) := {gv: {kind: {o.metadata.name: o | some o in objs; o.apiVersion == gv; o.kind == kind} |
	some y in objs
	y.apiVersion == gv
	kind := y.kind
} |
	some x in objs
	gv := x.apiVersion
}

review(obj) := {"review": {"object": obj, "kind": {"kind": obj.kind}, "namespace": _ns(obj)}, "parameters": {}} if {
	not obj.kind in _cluster_kinds
}

review(obj) := nx.review(obj) if obj.kind == "Namespace"

review(obj) := {"review": {"object": obj, "kind": {"kind": obj.kind}}, "parameters": {}} if {
	obj.kind in _cluster_kinds
	obj.kind != "Namespace"
}

cnp(ns, name, spec) := {"apiVersion": "cilium.io/v2", "kind": "CiliumNetworkPolicy", "metadata": {"name": name, "namespace": ns}, "spec": spec}

ccnp(name, spec) := {"apiVersion": "cilium.io/v2", "kind": "CiliumClusterwideNetworkPolicy", "metadata": {"name": name}, "spec": spec}

calico_np(ns, name, spec) := {"apiVersion": "projectcalico.org/v3", "kind": "NetworkPolicy", "metadata": {"name": name, "namespace": ns}, "spec": spec}

gnp(name, spec) := {"apiVersion": "projectcalico.org/v3", "kind": "GlobalNetworkPolicy", "metadata": {"name": name}, "spec": spec}

_in(key, values, negate) := {"op": "in", "key": key, "values": values, "negate": negate}

# The parse of every selector the tests use.
selectors := {
	"all()": {"dnf": [[]]},
	"app == 'web'": {"dnf": [[_in("app", ["web"], false)]]},
	"app == 'web' && has(tier)": {"dnf": [[_in("app", ["web"], false), {"op": "has", "key": "tier", "negate": false}]]},
	"app != 'web' || !has(tier)": {"dnf": [[_in("app", ["web"], true)], [{"op": "has", "key": "tier", "negate": true}]]},
	"app starts with 'we' && app ends with 'eb' && app contains 'e'": {"dnf": [[
		{"op": "startswith", "key": "app", "values": ["we"], "negate": false},
		{"op": "endswith", "key": "app", "values": ["eb"], "negate": false},
		{"op": "contains", "key": "app", "values": ["e"], "negate": false},
	]]},
	"global()": {"dnf": [[{"op": "global", "negate": false}]]},
	"projectcalico.org/namespace == 'shop'": {"dnf": [[_in("projectcalico.org/namespace", ["shop"], false)]]},
	"projectcalico.org/name == 'shop'": {"dnf": [[_in("projectcalico.org/name", ["shop"], false)]]},
	"projectcalico.org/name == 'default'": {"dnf": [[_in("projectcalico.org/name", ["default"], false)]]},
	"team == 'payments'": {"dnf": [[_in("team", ["payments"], false)]]},
	"pcns.team == 'payments'": {"dnf": [[_in("pcns.team", ["payments"], false)]]},
	"role == 'db'": {"dnf": [[_in("role", ["db"], false)]]},
	"app = 'web'": {"error": `unexpected character "=" at column 5`},
}
