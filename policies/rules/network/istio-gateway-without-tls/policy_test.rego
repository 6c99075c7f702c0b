package kubeward.rules.network.istio_gateway_without_tls_test

import data.kubeward.rules.network.istio_gateway_without_tls as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_gw(servers) := {"apiVersion": "networking.istio.io/v1", "kind": "Gateway", "metadata": {"name": "shop", "namespace": "shop"}, "spec": {"selector": {"istio": "ingressgateway"}, "servers": servers}}

_http := {"port": {"number": 80, "name": "http", "protocol": "HTTP"}, "hosts": ["shop.example.com"]}

_https := {"port": {"number": 443, "name": "https", "protocol": "HTTPS"}, "hosts": ["shop.example.com"], "tls": {"mode": "SIMPLE", "credentialName": "shop-cert"}}

test_plain_http_denied if {
	v := rule.violation with input as nx.review(_gw([_https, _http]))
	v == {fx.finding(`Gateway "shop" server 1 serves shop.example.com over plain HTTP on port 80 without redirecting to HTTPS`, "spec.servers[1]")}
}

test_redirect_and_https_allowed if {
	redirect := object.union(_http, {"tls": {"httpsRedirect": true}})
	v := rule.violation with input as nx.review(_gw([_https, redirect]))
	v == set()
	gateway_api := {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway", "metadata": {"name": "shop", "namespace": "shop"}, "spec": {"servers": [_http]}}
	w := rule.violation with input as nx.review(gateway_api)
	w == set()
}
