package kubeward.rules.network.network_policy_allow_all_ingress_test

import data.kubeward.rules.network.network_policy_allow_all_ingress as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

test_rule_without_peers_denied if {
	np := nx.netpol("shop", "web", {"podSelector": {}, "policyTypes": ["Ingress", "Egress"], "ingress": [{}, {"from": [], "ports": [{"port": 443}, {"port": 8000, "endPort": 8100, "protocol": "UDP"}, {"protocol": "SCTP"}]}, {"from": null, "ports": null}]})
	v := rule.violation with input as nx.review(np)
	v == {
		fx.finding(`NetworkPolicy "web" ingress rule 0 has no peers: it allows ingress from any source on every port`, "spec.ingress[0]"),
		fx.finding(`NetworkPolicy "web" ingress rule 1 has no peers: it allows ingress from any source on ports 443/TCP, 8000-8100/UDP, */SCTP`, "spec.ingress[1]"),
		fx.finding(`NetworkPolicy "web" ingress rule 2 has no peers: it allows ingress from any source on every port`, "spec.ingress[2]"),
	}
}

test_any_address_denied if {
	np := nx.netpol("shop", "web", {"podSelector": {}, "policyTypes": ["Ingress", "Egress"], "ingress": [{"from": [{"podSelector": {}}, {"ipBlock": {"cidr": "0.0.0.0/0"}}, {"ipBlock": {"cidr": "::/0", "except": []}}], "ports": [{"port": "https"}]}]})
	v := rule.violation with input as nx.review(np)
	v == {
		fx.finding(`NetworkPolicy "web" ingress rule 0 allows ingress from every address (0.0.0.0/0) on ports https/TCP`, "spec.ingress[0].from[1].ipBlock.cidr"),
		fx.finding(`NetworkPolicy "web" ingress rule 0 allows ingress from every address (::/0) on ports https/TCP`, "spec.ingress[0].from[2].ipBlock.cidr"),
	}
}

test_restricted_allowed if {
	np := nx.netpol("shop", "web", {"podSelector": {}, "policyTypes": ["Ingress", "Egress"], "ingress": [
		{"from": [{"podSelector": {"matchLabels": {"app": "web"}}}]},
		{"from": [{"ipBlock": {"cidr": "0.0.0.0/0", "except": ["169.254.169.254/32", "10.0.0.0/8"]}}]},
		{"from": [{"ipBlock": {"cidr": "203.0.113.0/24"}}]},
	]})
	v := rule.violation with input as nx.review(np)
	v == set()
}

test_rules_of_an_unisolated_type_ignored if {
	np := nx.netpol("shop", "web", {"podSelector": {}, "policyTypes": ["Egress"], "ingress": [{}]})
	v := rule.violation with input as nx.review(np)
	v == set()
}
