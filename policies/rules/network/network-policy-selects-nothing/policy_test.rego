package kubeward.rules.network.network_policy_selects_nothing_test

import data.kubeward.rules.network.network_policy_selects_nothing as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_web := nx.deploy("shop", "web", {"app": "web"}, [])

test_renamed_label_denied if {
	np := nx.netpol("shop", "website", {"podSelector": {"matchLabels": {"app": "website"}}})
	other_ns := nx.deploy("other", "website", {"app": "website"}, [])
	v := rule.violation with input as nx.review(np) with data.inventory as nx.inv([_web, other_ns, np])
	v == {fx.finding(`NetworkPolicy "website" selects no pods: no Pod or workload in namespace "shop" matches its podSelector`, "spec.podSelector")}
}

test_matching_and_empty_allowed if {
	np := nx.netpol("shop", "web", {"podSelector": {"matchLabels": {"app": "web"}}})
	v := rule.violation with input as nx.review(np) with data.inventory as nx.inv([_web, np])
	v == set()
	deny_all := nx.netpol("shop", "deny", {"podSelector": {}})
	w := rule.violation with input as nx.review(deny_all) with data.inventory as nx.inv([deny_all])
	w == set()
}

test_operator_namespace_skipped if {
	cr := {"apiVersion": "ceph.rook.io/v1", "kind": "CephCluster", "metadata": {"name": "rook-ceph", "namespace": "shop"}}
	np := nx.netpol("shop", "mon", {"podSelector": {"matchLabels": {"app": "rook-ceph-mon"}}})
	v := rule.violation with input as nx.review(np) with data.inventory as nx.inv([cr, np])
	v == set()
}
