package kubeward.rules.network.istio_authorization_policy_missing_test

import data.kubeward.rules.network.istio_authorization_policy_missing as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_istio(kind, ns, name) := {"apiVersion": "security.istio.io/v1", "kind": kind, "metadata": {"name": name, "namespace": ns}, "spec": {}}

_vs(ns) := {"apiVersion": "networking.istio.io/v1", "kind": "VirtualService", "metadata": {"name": "web", "namespace": ns}, "spec": {}}

_msg(ns) := sprintf(`Namespace %q is in the Istio mesh but no AuthorizationPolicy applies to it (none in %q or the root namespace "istio-system"): its workloads accept requests from every peer`, [ns, ns])

test_mesh_namespaces_denied if {
	every labels in [{"istio-injection": "enabled"}, {"istio.io/rev": "1-24"}, {"istio.io/dataplane-mode": "ambient"}] {
		ns := nx.namespace("shop", labels)
		v := rule.violation with input as nx.review(ns) with data.inventory as nx.inv([ns, _istio("PeerAuthentication", "istio-system", "default")])
		v == {fx.finding(_msg("shop"), "metadata.name")}
	}
	ns := nx.namespace("web", {})
	w := rule.violation with input as nx.review(ns) with data.inventory as nx.inv([ns, _vs("web")])
	w == {fx.finding(_msg("web"), "metadata.name")}
}

test_policies_allowed if {
	ns := nx.namespace("shop", {"istio-injection": "enabled"})
	v := rule.violation with input as nx.review(ns) with data.inventory as nx.inv([ns, _istio("AuthorizationPolicy", "shop", "deny-all")])
	v == set()
	w := rule.violation with input as nx.review(ns) with data.inventory as nx.inv([ns, _istio("AuthorizationPolicy", "istio-system", "mesh-deny")])
	w == set()
}

test_no_mesh_or_not_in_mesh_skipped if {
	ns := nx.namespace("shop", {"istio-injection": "enabled"})
	v := rule.violation with input as nx.review(ns) with data.inventory as nx.inv([ns, nx.deploy("shop", "web", {"app": "web"}, [])])
	v == set()
	plain := nx.namespace("batch", {"istio-injection": "disabled"})
	w := rule.violation with input as nx.review(plain) with data.inventory as nx.inv([plain, _vs("shop")])
	w == set()
}

test_allow_all_policy_does_not_count if {
	ns := nx.namespace("shop", {"istio-injection": "enabled"})
	allow_all := object.union(_istio("AuthorizationPolicy", "shop", "allow-all"), {"spec": {"rules": [{}]}})
	v := rule.violation with input as nx.review(ns) with data.inventory as nx.inv([ns, allow_all])
	v == {fx.finding(_msg("shop"), "metadata.name")}
	deny_all := object.union(_istio("AuthorizationPolicy", "shop", "deny-all"), {"spec": {"action": "DENY", "rules": [{}]}})
	w := rule.violation with input as nx.review(ns) with data.inventory as nx.inv([ns, deny_all])
	w == set()
	mesh := _istio("AuthorizationPolicy", "istio-config", "mesh")
	x := rule.violation with input as object.union(nx.review(ns), {"parameters": {"rootNamespace": "istio-config"}}) with data.inventory as nx.inv([ns, mesh])
	x == set()
}
