package kubeward.rules.network.cilium_policy_allow_all_test

import data.kubeward.rules.network.cilium_policy_allow_all as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.mesh as mx

_judge(p) := v if {
	v := rule.violation with input as mx.review(p) with data.inventory as mx.inv([p])
}

test_entities_and_cidrs_denied if {
	p := mx.cnp("shop", "web", {
		"endpointSelector": {"matchLabels": {"app": "web"}},
		"ingress": [{"fromEntities": ["cluster", "world"], "toPorts": [{"ports": [{"port": "443", "protocol": "TCP"}]}]}],
		"egress": [
			{"toCIDR": ["10.0.0.0/8", "0.0.0.0/0"]},
			{"toCIDRSet": [{"cidr": "::/0"}, {"cidr": "0.0.0.0/0", "except": ["169.254.169.254/32"]}]},
			{"toEntities": ["all"]},
		],
	})
	_judge(p) == {
		fx.finding(`CiliumNetworkPolicy "web" ingress rule 0 allows ingress from entity "world": every address outside the cluster on ports 443/TCP`, "spec.ingress[0].fromEntities[1]"),
		fx.finding(`CiliumNetworkPolicy "web" egress rule 0 allows egress to every address (0.0.0.0/0) on every port`, "spec.egress[0].toCIDR[1]"),
		fx.finding(`CiliumNetworkPolicy "web" egress rule 1 allows egress to every address (::/0) on every port`, "spec.egress[1].toCIDRSet[0].cidr"),
		fx.finding(`CiliumNetworkPolicy "web" egress rule 2 allows egress to entity "all": every peer, inside and outside the cluster on every port`, "spec.egress[2].toEntities[0]"),
	}
}

test_ports_without_peer_and_clusterwide_wildcard_denied if {
	p := mx.ccnp("open", {
		"endpointSelector": {},
		"ingress": [{"toPorts": [{"ports": [{"port": "8080"}]}]}, {"fromEndpoints": [{}]}],
	})
	_judge(p) == {
		fx.finding(`CiliumClusterwideNetworkPolicy "open" ingress rule 0 names no peer: it allows ingress from any peer on ports 8080/ANY`, "spec.ingress[0]"),
		fx.finding(`CiliumClusterwideNetworkPolicy "open" ingress rule 1 allows ingress from every pod of every namespace (an empty endpoint selector in a clusterwide policy) on every port`, "spec.ingress[1].fromEndpoints[0]"),
	}
	q := object.remove(object.union(mx.cnp("shop", "multi", {}), {"specs": [{"endpointSelector": {}, "egress": [{"toEntities": ["world"]}]}]}), ["spec"])
	_judge(q) == {fx.finding(`CiliumNetworkPolicy "multi" egress rule 0 allows egress to entity "world": every address outside the cluster on every port`, "specs[0].egress[0].toEntities[0]")}
}

test_narrow_rules_allowed if {
	p := mx.cnp("shop", "web", {
		"endpointSelector": {"matchLabels": {"app": "web"}},
		"ingress": [{}, {"fromEndpoints": [{}]}, {"fromEndpoints": [{"matchLabels": {"app": "gw"}}], "toPorts": [{"ports": [{"port": "80"}], "rules": {"http": [{"method": "GET", "path": "/"}]}}]}],
		"egress": [{"toFQDNs": [{"matchName": "api.example.com"}], "toPorts": [{"ports": [{"port": "443"}]}]}, {"toEntities": ["kube-apiserver"]}],
	})
	_judge(p) == set()
	_judge({"apiVersion": "example.com/v1", "kind": "CiliumNetworkPolicy", "metadata": {"name": "x", "namespace": "shop"}, "spec": {"egress": [{"toEntities": ["all"]}]}}) == set()
}
