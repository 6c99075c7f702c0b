package kubeward.rules.network.workload_without_network_policy_test

import data.kubeward.rules.network.workload_without_network_policy as rule
import data.kubeward.test.fixtures as fx
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
