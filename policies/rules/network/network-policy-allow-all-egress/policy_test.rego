package kubeward.rules.network.network_policy_allow_all_egress_test

import data.kubeward.rules.network.network_policy_allow_all_egress as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

test_rule_without_peers_denied if {
	np := nx.netpol("shop", "web", {"podSelector": {}, "policyTypes": ["Ingress", "Egress"], "egress": [{}, {"to": [], "ports": [{"port": 443}, {"port": 8000, "endPort": 8100, "protocol": "UDP"}, {"protocol": "SCTP"}]}, {"to": null, "ports": null}]})
	v := rule.violation with input as nx.review(np)
	v == {
		fx.finding(`NetworkPolicy "web" egress rule 0 has no peers: it allows egress to any destination on every port`, "spec.egress[0]"),
		fx.finding(`NetworkPolicy "web" egress rule 1 has no peers: it allows egress to any destination on ports 443/TCP, 8000-8100/UDP, */SCTP`, "spec.egress[1]"),
		fx.finding(`NetworkPolicy "web" egress rule 2 has no peers: it allows egress to any destination on every port`, "spec.egress[2]"),
	}
}

test_any_address_denied if {
	np := nx.netpol("shop", "web", {"podSelector": {}, "policyTypes": ["Ingress", "Egress"], "egress": [{"to": [{"podSelector": {}}, {"ipBlock": {"cidr": "0.0.0.0/0"}}, {"ipBlock": {"cidr": "::/0", "except": []}}], "ports": [{"port": "https"}]}]})
	v := rule.violation with input as nx.review(np)
	v == {
		fx.finding(`NetworkPolicy "web" egress rule 0 allows egress to every address (0.0.0.0/0) on ports https/TCP`, "spec.egress[0].to[1].ipBlock.cidr"),
		fx.finding(`NetworkPolicy "web" egress rule 0 allows egress to every address (::/0) on ports https/TCP`, "spec.egress[0].to[2].ipBlock.cidr"),
	}
}

test_restricted_allowed if {
	np := nx.netpol("shop", "web", {"podSelector": {}, "policyTypes": ["Ingress", "Egress"], "egress": [
		{"to": [{"podSelector": {"matchLabels": {"app": "web"}}}]},
		{"to": [{"ipBlock": {"cidr": "0.0.0.0/0", "except": ["169.254.169.254/32", "10.0.0.0/8"]}}]},
		{"to": [{"ipBlock": {"cidr": "203.0.113.0/24"}}]},
	]})
	v := rule.violation with input as nx.review(np)
	v == set()
}

test_rules_of_an_unisolated_type_ignored if {
	np := nx.netpol("shop", "web", {"podSelector": {}, "policyTypes": ["Ingress"], "egress": [{}]})
	v := rule.violation with input as nx.review(np)
	v == set()
}

test_dns_only_tolerated if {
	np := nx.netpol("shop", "dns", {"podSelector": {}, "policyTypes": ["Egress"], "egress": [{"ports": [{"port": 53, "protocol": "UDP"}, {"port": 53, "protocol": "TCP"}]}]})
	v := rule.violation with input as nx.review(np)
	v == set()
}
