package kubeward.rules.network.network_policy_peer_selects_nothing_test

import data.kubeward.rules.network.network_policy_peer_selects_nothing as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_web := nx.deploy("shop", "web", {"app": "web"}, [])

_api := nx.deploy("shop", "api", {"app": "api"}, [])

_prom := nx.deploy("monitoring", "prometheus", {"app": "prometheus"}, [])

test_pod_peer_denied if {
	np := nx.netpol("shop", "api", {
		"podSelector": {"matchLabels": {"app": "api"}},
		"ingress": [{"from": [{"podSelector": {"matchLabels": {"app": "frontend"}}}, {"podSelector": {"matchLabels": {"app": "web"}}}]}],
		"egress": [{"to": [{"podSelector": {"matchLabels": {"app": "db"}}}]}],
	})
	v := rule.violation with input as nx.review(np) with data.inventory as nx.inv([_web, _api, np])
	v == {
		fx.finding(`NetworkPolicy "api" ingress rule 0 peer 0: podSelector matches no pod in namespace "shop"`, "spec.ingress[0].from[0].podSelector"),
		fx.finding(`NetworkPolicy "api" egress rule 0 peer 0: podSelector matches no pod in namespace "shop"`, "spec.egress[0].to[0].podSelector"),
	}
}

test_namespace_peer_denied_when_namespaces_scanned if {
	np := nx.netpol("shop", "api", {
		"podSelector": {"matchLabels": {"app": "api"}},
		"ingress": [{"from": [
			{"namespaceSelector": {"matchLabels": {"name": "monitoring"}}},
			{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}, "podSelector": {"matchLabels": {"app": "grafana"}}},
			{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}, "podSelector": {"matchLabels": {"app": "prometheus"}}},
		]}],
	})
	objs := [nx.namespace("shop", {}), nx.namespace("monitoring", {"team": "sre"}), _api, _prom, np]
	v := rule.violation with input as nx.review(np) with data.inventory as nx.inv(objs)
	v == {
		fx.finding(`NetworkPolicy "api" ingress rule 0 peer 0: namespaceSelector matches no namespace of the scanned set`, "spec.ingress[0].from[0].namespaceSelector"),
		fx.finding(`NetworkPolicy "api" ingress rule 0 peer 1: podSelector matches no pod in the namespaces its namespaceSelector selects (monitoring)`, "spec.ingress[0].from[1].podSelector"),
	}
}

test_namespace_peer_not_judged_without_namespaces if {
	np := nx.netpol("shop", "api", {"podSelector": {}, "ingress": [{"from": [{"namespaceSelector": {"matchLabels": {"name": "ingress-nginx"}}}, {"ipBlock": {"cidr": "10.0.0.0/8"}}]}]})
	v := rule.violation with input as nx.review(np) with data.inventory as nx.inv([_api, np])
	v == set()
}

test_matching_and_empty_allowed if {
	np := nx.netpol("shop", "api", {
		"podSelector": {"matchLabels": {"app": "api"}},
		"ingress": [{"from": [{"podSelector": {"matchLabels": {"app": "web"}}}, {"podSelector": {}}, {"namespaceSelector": {}}, {"namespaceSelector": {}, "podSelector": {"matchLabels": {"app": "prometheus"}}}]}],
		"egress": [{"to": [{"namespaceSelector": {"matchLabels": {"team": "sre"}}}]}, {}],
	})
	objs := [nx.namespace("shop", {}), nx.namespace("monitoring", {"team": "sre"}), _web, _api, _prom, np]
	v := rule.violation with input as nx.review(np) with data.inventory as nx.inv(objs)
	v == set()
}

test_operator_namespace_skipped if {
	cr := {"apiVersion": "ceph.rook.io/v1", "kind": "CephCluster", "metadata": {"name": "rook-ceph", "namespace": "shop"}}
	np := nx.netpol("shop", "api", {"podSelector": {}, "ingress": [{"from": [{"podSelector": {"matchLabels": {"app": "rook-ceph-mgr"}}}]}]})
	v := rule.violation with input as nx.review(np) with data.inventory as nx.inv([cr, np])
	v == set()
}
