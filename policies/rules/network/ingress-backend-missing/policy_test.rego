package kubeward.rules.network.ingress_backend_missing_test

import data.kubeward.rules.network.ingress_backend_missing as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_svc := nx.service("shop", "web", "ClusterIP", {"app": "web"}, [{"name": "http", "port": 80}, {"port": 9090}])

test_missing_service_and_port_denied if {
	ing := nx.ingress("shop", "web", {
		"defaultBackend": {"service": {"name": "fallback", "port": {"number": 80}}},
		"rules": [{"http": {"paths": [
			{"path": "/", "backend": {"service": {"name": "web", "port": {"number": 8080}}}},
			{"path": "/a", "backend": {"service": {"name": "web", "port": {"name": "https"}}}},
			{"path": "/b", "backend": {"service": {"name": "web", "port": {"name": "http"}}}},
			{"path": "/c", "backend": {"service": {"name": "web"}}},
		]}}],
	})
	other := nx.service("other", "fallback", "ClusterIP", {"app": "x"}, [{"port": 80}])
	v := rule.violation with input as nx.review(ing) with data.inventory as nx.inv([_svc, other, ing])
	v == {
		fx.finding(`Ingress "web" routes to Service "fallback", which does not exist in namespace "shop"`, "spec.defaultBackend.service.name"),
		fx.finding(`Ingress "web" routes to port 8080 of Service "web", which has no such port (ports: 80/http, 9090)`, "spec.rules[0].http.paths[0].backend.service.port"),
		fx.finding(`Ingress "web" routes to port https of Service "web", which has no such port (ports: 80/http, 9090)`, "spec.rules[0].http.paths[1].backend.service.port"),
	}
}

test_legacy_backends_denied if {
	ing := {"apiVersion": "extensions/v1beta1", "kind": "Ingress", "metadata": {"name": "old", "namespace": "shop"}, "spec": {
		"backend": {"serviceName": "gone", "servicePort": 80},
		"rules": [{"http": {"paths": [{"backend": {"serviceName": "web", "servicePort": 81}}]}}],
	}}
	v := rule.violation with input as nx.review(ing) with data.inventory as nx.inv([_svc, ing])
	v == {
		fx.finding(`Ingress "old" routes to Service "gone", which does not exist in namespace "shop"`, "spec.backend.serviceName"),
		fx.finding(`Ingress "old" routes to port 81 of Service "web", which has no such port (ports: 80/http, 9090)`, "spec.rules[0].http.paths[0].backend.servicePort"),
	}
}

test_existing_allowed if {
	ing := nx.simple_ingress("shop", "web", "web", {"number": 9090})
	v := rule.violation with input as nx.review(ing) with data.inventory as nx.inv([_svc, ing])
	v == set()
}
