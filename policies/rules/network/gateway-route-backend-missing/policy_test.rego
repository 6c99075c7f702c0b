package kubeward.rules.network.gateway_route_backend_missing_test

import data.kubeward.rules.network.gateway_route_backend_missing as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_svc := nx.service("shop", "web", "ClusterIP", {"app": "web"}, [{"name": "http", "port": 80}])

_api := nx.service("backend", "api", "ClusterIP", {"app": "api"}, [{"port": 8080}])

test_missing_denied if {
	every kind in ["HTTPRoute", "GRPCRoute", "TLSRoute"] {
		r := nx.route(kind, "shop", "web", [
			{"name": "web", "port": 8080},
			{"name": "gone", "port": 80},
			{"name": "api", "namespace": "backend", "port": 8080},
			{"name": "db", "namespace": "backend", "port": 5432},
			{"name": "ext", "namespace": "elsewhere", "port": 443},
			{"name": "web", "port": 80},
		])
		v := rule.violation with input as nx.review(r) with data.inventory as nx.inv([_svc, _api, r])
		v == {
			fx.finding(sprintf(`%s "web" sends traffic to port 8080 of Service "web", which has no such port`, [kind]), "spec.rules[0].backendRefs[0].port"),
			fx.finding(sprintf(`%s "web" sends traffic to Service "gone", which does not exist in namespace "shop"`, [kind]), "spec.rules[0].backendRefs[1].name"),
			fx.finding(sprintf(`%s "web" sends traffic to Service "db", which does not exist in namespace "backend"`, [kind]), "spec.rules[0].backendRefs[3].name"),
		}
	}
}

test_namespace_from_the_review if {
	r := object.remove(nx.route("HTTPRoute", "shop", "web", [{"name": "web"}]), ["metadata"])
	rr := object.union(r, {"metadata": {"name": "web"}})
	v := rule.violation with input as {"review": {"object": rr, "kind": {"kind": "HTTPRoute"}, "namespace": "shop"}} with data.inventory as nx.inv([_svc])
	v == set()
}
