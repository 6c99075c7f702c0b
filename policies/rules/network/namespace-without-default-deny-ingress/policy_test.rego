package kubeward.rules.network.namespace_without_default_deny_ingress_test

import data.kubeward.rules.network.namespace_without_default_deny_ingress as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_ns := nx.namespace("shop", {})

test_no_policy_denied if {
	v := rule.violation with input as nx.review(_ns) with data.inventory as nx.inv([_ns])
	v == {fx.finding(`Namespace "shop" has no default-deny ingress NetworkPolicy (0 NetworkPolicies; none selects every pod with policyTypes Ingress and no ingress rules)`, "metadata.name")}
}

test_policies_that_do_not_deny_denied if {
	objs := [
		_ns,
		nx.netpol("shop", "web", {"podSelector": {"matchLabels": {"app": "web"}}, "policyTypes": ["Ingress", "Egress"]}),
		nx.netpol("shop", "allow", {"podSelector": {}, "policyTypes": ["Ingress", "Egress"], "ingress": [{}], "egress": [{}]}),
		nx.netpol("shop", "other-type", {"podSelector": {}, "policyTypes": ["Egress"]}),
	]
	v := rule.violation with input as nx.review(_ns) with data.inventory as nx.inv(objs)
	v == {fx.finding(`Namespace "shop" has no default-deny ingress NetworkPolicy (3 NetworkPolicies; none selects every pod with policyTypes Ingress and no ingress rules)`, "metadata.name")}
}

test_default_deny_allowed if {
	deny := nx.netpol("shop", "default-deny", {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]})
	v := rule.violation with input as nx.review(_ns) with data.inventory as nx.inv([_ns, deny])
	v == set()
}

test_exempt_namespaces_allowed if {
	ks := nx.namespace("kube-system", {})
	v := rule.violation with input as nx.review(ks) with data.inventory as nx.inv([ks])
	v == set()
	w := rule.violation with input as object.union(nx.review(_ns), {"parameters": {"exemptNamespaces": ["shop"]}}) with data.inventory as nx.inv([_ns])
	w == set()
}
