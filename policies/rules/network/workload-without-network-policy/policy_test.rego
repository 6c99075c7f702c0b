package kubeward.rules.network.workload_without_network_policy_test

import data.kubeward.rules.network.workload_without_network_policy as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.mesh as mx
import data.kubeward.test.network as nx

_web := nx.deploy("shop", "web", {"app": "web", "tier": "front"}, [])

test_no_policy_denied if {
	v := rule.violation with input as nx.review(_web) with data.inventory as nx.inv([_web, nx.netpol("shop", "db", {"podSelector": {"matchLabels": {"app": "db"}}})])
	v == {fx.finding(`Deployment "web" in namespace "shop" is selected by no NetworkPolicy: its pods (app=web,tier=front) accept connections from anywhere in the cluster and may connect anywhere`, "spec.template.metadata")}
}

test_policy_in_other_namespace_denied if {
	pod := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "debug", "namespace": "shop"}, "spec": {"containers": [{"name": "sh", "image": "busybox:1.36"}]}}
	v := rule.violation with input as nx.review(pod) with data.inventory as nx.inv([pod, nx.netpol("other", "all", {"podSelector": {}})])
	v == {fx.finding(`Pod "debug" in namespace "shop" is selected by no NetworkPolicy: its pods (no labels) accept connections from anywhere in the cluster and may connect anywhere`, "metadata")}
}

test_selected_allowed if {
	by_label := nx.netpol("shop", "web", {"podSelector": {"matchExpressions": [{"key": "tier", "operator": "In", "values": ["front"]}]}})
	v := rule.violation with input as nx.review(_web) with data.inventory as nx.inv([_web, by_label])
	v == set()
	w := rule.violation with input as nx.review(_web) with data.inventory as nx.inv([_web, nx.netpol("shop", "deny", {"podSelector": {}, "policyTypes": ["Ingress"]})])
	w == set()
}

test_host_network_skipped if {
	ds := fx.of_kind("DaemonSet", {"hostNetwork": true, "containers": [fx.container("agent", {})]})
	v := rule.violation with input as ds with data.inventory as {}
	v == set()
}

test_exempt_namespaces_skipped if {
	ca := nx.deploy("kube-system", "cluster-autoscaler", {"app": "cluster-autoscaler"}, [])
	v := rule.violation with input as nx.review(ca) with data.inventory as nx.inv([ca])
	v == set()
	w := rule.violation with input as object.union(nx.review(_web), {"parameters": {"exemptNamespaces": ["shop"]}}) with data.inventory as nx.inv([_web])
	w == set()
}

# Cilium and Calico policies cover a workload they select (lib/cilium.rego, lib/calico.rego).

_shop := nx.namespace("shop", {"team": "payments"})

_covered(objs) if {
	v := rule.violation with input as nx.review(_web) with data.inventory as mx.inv(array.concat([_web, _shop], objs)) with data.kubeward.selectors.calico as mx.selectors
	v == set()
}

_uncovered(objs) if {
	v := rule.violation with input as nx.review(_web) with data.inventory as mx.inv(array.concat([_web, _shop], objs)) with data.kubeward.selectors.calico as mx.selectors
	count(v) == 1
}

test_cilium_policies_cover if {
	_covered([mx.cnp("shop", "web", {"endpointSelector": {"matchLabels": {"k8s:app": "web"}}, "ingress": [{}]})])
	_covered([mx.cnp("shop", "all", {"endpointSelector": {}, "egress": [{}]})])
	_covered([mx.cnp("shop", "expr", {"endpointSelector": {"matchExpressions": [{"key": "any:tier", "operator": "In", "values": ["front"]}]}})])
}

test_cilium_clusterwide_policies_cover if {
	_covered([mx.ccnp("ns", {"endpointSelector": {"matchLabels": {"k8s:io.kubernetes.pod.namespace": "shop"}}})])
	_covered([mx.ccnp("team", {"endpointSelector": {"matchLabels": {"io.cilium.k8s.namespace.labels.team": "payments"}}})])
	_covered([object.remove(object.union(mx.cnp("shop", "multi", {}), {"specs": [{"endpointSelector": {"matchLabels": {"app": "db"}}}, {"endpointSelector": {"matchLabels": {"app": "web"}}}]}), ["spec"])])
}

test_cilium_policies_that_do_not_cover if {
	_uncovered([mx.cnp("other", "all", {"endpointSelector": {}})])
	_uncovered([mx.cnp("shop", "db", {"endpointSelector": {"matchLabels": {"app": "db"}}})])
	_uncovered([mx.ccnp("ns", {"endpointSelector": {"matchLabels": {"k8s:io.kubernetes.pod.namespace": "other"}}})])
	_uncovered([mx.ccnp("host", {"nodeSelector": {}})])
	_uncovered([mx.ccnp("reserved", {"endpointSelector": {"matchLabels": {"reserved:host": ""}}})])
}

test_calico_policies_cover if {
	_covered([mx.gnp("global", {"selector": "all()", "types": ["Ingress"]})])
	_covered([mx.gnp("by-ns", {"selector": "projectcalico.org/namespace == 'shop'"})])
	_covered([mx.gnp("by-ns-selector", {"namespaceSelector": "team == 'payments'", "selector": "app == 'web' && has(tier)"})])
	_covered([mx.gnp("by-pcns", {"selector": "pcns.team == 'payments'"})])
}

test_calico_namespaced_policies_cover if {
	_covered([mx.calico_np("shop", "web", {"selector": "app == 'web'"})])
	_covered([mx.calico_np("shop", "default", {})])
	_covered([{"apiVersion": "crd.projectcalico.org/v1", "kind": "NetworkPolicy", "metadata": {"name": "v1", "namespace": "shop"}, "spec": {"selector": "app starts with 'we' && app ends with 'eb' && app contains 'e'"}}])
	_covered([mx.calico_np("shop", "sa", {"serviceAccountSelector": "projectcalico.org/name == 'default'"})])
}

test_calico_policies_that_do_not_cover if {
	_uncovered([mx.gnp("other-ns", {"selector": "projectcalico.org/namespace == 'other'"})])
	_uncovered([mx.gnp("ns-selector", {"namespaceSelector": "projectcalico.org/name == 'other'"})])
	_uncovered([mx.gnp("negated", {"selector": "app != 'web' || !has(tier)"})])
	_uncovered([mx.gnp("host", {"selector": "all()", "preDNAT": true, "applyOnForward": true})])
	_uncovered([mx.gnp("untracked", {"selector": "all()", "doNotTrack": true})])
}

test_calico_other_policies_that_do_not_cover if {
	_uncovered([mx.gnp("global-only", {"selector": "global()"})])
	_uncovered([mx.calico_np("other", "all", {"selector": "all()"})])
	_uncovered([mx.calico_np("shop", "sa", {"serviceAccountSelector": "role == 'db'"})])

	# A malformed selector never covers (network-policy-not-evaluated reports it).
	_uncovered([mx.gnp("broken", {"selector": "app = 'web'"})])
}

test_calico_selectors_not_precomputed_do_not_cover if {
	v := rule.violation with input as nx.review(_web) with data.inventory as mx.inv([_web, _shop, mx.gnp("by-ns", {"selector": "app == 'web'"})])
	count(v) == 1
}
