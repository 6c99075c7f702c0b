package kubeward.rules.network.ingress_without_tls_test

import data.kubeward.rules.network.ingress_without_tls as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_rules := [{"host": "shop.example.com"}, {"host": "api.shop.example.com"}, {"host": "a.b.shop.example.com"}, {"http": {}}]

test_no_tls_denied if {
	v := rule.violation with input as nx.review(nx.ingress("shop", "web", {"rules": _rules}))
	v == {fx.finding(`Ingress "web" has no TLS: host shop.example.com, api.shop.example.com, a.b.shop.example.com is served over plain HTTP`, "spec")}
	w := rule.violation with input as nx.review(nx.ingress("shop", "web", {"tls": [], "defaultBackend": {"service": {"name": "web", "port": {"number": 80}}}}))
	w == {fx.finding(`Ingress "web" has no TLS: every host is served over plain HTTP`, "spec")}
}

test_uncovered_hosts_denied if {
	v := rule.violation with input as nx.review(nx.ingress("shop", "web", {"tls": [{"hosts": ["*.shop.example.com"], "secretName": "wild"}], "rules": _rules}))
	v == {
		fx.finding(`Ingress "web" serves host "shop.example.com" without TLS: no spec.tls entry lists it`, "spec.rules[0].host"),
		fx.finding(`Ingress "web" serves host "a.b.shop.example.com" without TLS: no spec.tls entry lists it`, "spec.rules[2].host"),
	}
}

test_covered_allowed if {
	v := rule.violation with input as nx.review(nx.ingress("shop", "web", {"tls": [{"hosts": ["shop.example.com", "*.shop.example.com", "a.b.shop.example.com"], "secretName": "tls"}], "rules": _rules}))
	v == set()
	w := rule.violation with input as nx.review(nx.ingress("shop", "web", {"tls": [{"secretName": "default"}], "rules": _rules}))
	w == set()
}
