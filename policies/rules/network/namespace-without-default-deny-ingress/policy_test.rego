package kubeward.rules.network.namespace_without_default_deny_ingress_test

import data.kubeward.rules.network.namespace_without_default_deny_ingress as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.mesh as mx
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

# Cilium and Calico default-deny policies count (lib/cilium.rego, lib/calico.rego).

_shop := nx.namespace("shop", {"team": "payments"})

_judge(objs) := v if {
	v := rule.violation with input as nx.review(_shop) with data.inventory as mx.inv(array.concat([_shop], objs)) with data.kubeward.selectors.calico as mx.selectors
}

test_namespace_covered_only_by_calico_global_policy_allowed if {
	_judge([mx.gnp("default-deny", {"selector": "all()", "types": ["Ingress", "Egress"]})]) == set()
	_judge([mx.gnp("by-ns", {"namespaceSelector": "projectcalico.org/name == 'shop'", "types": ["Ingress"]})]) == set()
	_judge([mx.gnp("by-pcns", {"selector": "pcns.team == 'payments'", "ingress": [{"action": "Deny"}]})]) == set()
	_judge([mx.gnp("by-label", {"namespaceSelector": "team == 'payments'"})]) == set()
	_judge([mx.calico_np("shop", "deny", {"selector": "projectcalico.org/namespace == 'shop'", "types": ["Ingress"]})]) == set()
}

test_calico_policies_that_do_not_deny_denied if {
	every objs in [
		[mx.gnp("other-ns", {"namespaceSelector": "projectcalico.org/name == 'other'"})],
		[mx.gnp("pods-only", {"selector": "app == 'web'"})],
		[mx.gnp("egress-only", {"selector": "all()", "types": ["Egress"]})],
		[mx.gnp("allows", {"selector": "all()", "ingress": [{"action": "Allow", "source": {"selector": "app == 'web'"}}]})],
		[mx.gnp("host", {"selector": "all()", "preDNAT": true, "types": ["Ingress"]})],
		[mx.gnp("sa", {"selector": "all()", "serviceAccountSelector": "role == 'db'"})],
		[mx.gnp("broken", {"selector": "app = 'web'"})],
		[mx.calico_np("other", "deny", {})],
	] {
		count(_judge(objs)) == 1
	}
}

test_cilium_default_deny_allowed if {
	_judge([mx.cnp("shop", "deny", {"endpointSelector": {}, "ingress": [{}]})]) == set()
	_judge([mx.ccnp("deny", {"endpointSelector": {"matchLabels": {"k8s:io.kubernetes.pod.namespace": "shop"}}, "ingress": [{}], "egress": [{}]})]) == set()
	_judge([mx.ccnp("deny-team", {"endpointSelector": {"matchExpressions": [{"key": "io.cilium.k8s.namespace.labels.team", "operator": "In", "values": ["payments"]}]}, "ingressDeny": [{"fromEntities": ["all"]}]})]) == set()
}

test_cilium_policies_that_do_not_deny_denied if {
	every objs in [
		[mx.cnp("shop", "empty-list", {"endpointSelector": {}, "ingress": []})],
		[mx.cnp("shop", "allows", {"endpointSelector": {}, "ingress": [{"fromEndpoints": [{}]}]})],
		[mx.cnp("shop", "web", {"endpointSelector": {"matchLabels": {"app": "web"}}, "ingress": [{}]})],
		[mx.cnp("shop", "opt-out", {"endpointSelector": {}, "ingress": [{}], "enableDefaultDeny": {"ingress": false}})],
		[mx.cnp("other", "deny", {"endpointSelector": {}, "ingress": [{}]})],
		[mx.ccnp("all-but-shop", {"endpointSelector": {"matchExpressions": [{"key": "io.kubernetes.pod.namespace", "operator": "NotIn", "values": ["shop"]}]}, "ingress": [{}]})],
		[mx.ccnp("deny-port", {"endpointSelector": {}, "ingressDeny": [{"fromEntities": ["all"], "toPorts": [{"ports": [{"port": "22"}]}]}]})],
	] {
		count(_judge(objs)) == 1
	}
}
