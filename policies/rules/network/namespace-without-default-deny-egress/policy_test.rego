package kubeward.rules.network.namespace_without_default_deny_egress_test

import data.kubeward.rules.network.namespace_without_default_deny_egress as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.mesh as mx
import data.kubeward.test.network as nx

_ns := nx.namespace("shop", {})

test_no_policy_denied if {
	v := rule.violation with input as nx.review(_ns) with data.inventory as nx.inv([_ns])
	v == {fx.finding(`Namespace "shop" has no default-deny egress NetworkPolicy (0 NetworkPolicies; none selects every pod with policyTypes Egress and no egress rules)`, "metadata.name")}
}

test_policies_that_do_not_deny_denied if {
	objs := [
		_ns,
		nx.netpol("shop", "web", {"podSelector": {"matchLabels": {"app": "web"}}, "policyTypes": ["Ingress", "Egress"]}),
		nx.netpol("shop", "allow", {"podSelector": {}, "policyTypes": ["Ingress", "Egress"], "ingress": [{}], "egress": [{}]}),
		nx.netpol("shop", "other-type", {"podSelector": {}, "policyTypes": ["Ingress"]}),
	]
	v := rule.violation with input as nx.review(_ns) with data.inventory as nx.inv(objs)
	v == {fx.finding(`Namespace "shop" has no default-deny egress NetworkPolicy (3 NetworkPolicies; none selects every pod with policyTypes Egress and no egress rules)`, "metadata.name")}
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

_shop := nx.namespace("shop", {"team": "payments"})

_judge(objs) := v if {
	v := rule.violation with input as nx.review(_shop) with data.inventory as mx.inv(array.concat([_shop], objs)) with data.kubeward.selectors.calico as mx.selectors
}

test_cilium_and_calico_egress_default_deny_allowed if {
	_judge([mx.gnp("default-deny", {"selector": "all()", "types": ["Ingress", "Egress"]})]) == set()
	_judge([mx.gnp("deny-first", {"egress": [{"action": "Deny"}, {"action": "Allow"}]})]) == set()
	_judge([mx.ccnp("deny", {"endpointSelector": {}, "egress": [{}]})]) == set()
	count(_judge([mx.gnp("ingress-only", {"selector": "all()"})])) == 1
	count(_judge([mx.gnp("allow-first", {"egress": [{"action": "Allow"}, {"action": "Deny"}]})])) == 1
	count(_judge([mx.cnp("shop", "ingress", {"endpointSelector": {}, "ingress": [{}]})])) == 1
}
