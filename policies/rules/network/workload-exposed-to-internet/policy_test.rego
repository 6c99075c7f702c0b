package kubeward.rules.network.workload_exposed_to_internet_test

import data.kubeward.rules.network.workload_exposed_to_internet as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_web := nx.deploy("shop", "storefront", {"app": "storefront"}, [{"name": "http", "containerPort": 8080}])

_svc := nx.service("shop", "storefront", "ClusterIP", {"app": "storefront"}, [{"name": "http", "port": 80, "targetPort": "http"}])

test_ingress_and_node_port_denied if {
	ing := nx.simple_ingress("shop", "storefront", "storefront", {"number": 80})
	np := nx.service("shop", "storefront-debug", "NodePort", {"app": "storefront"}, [{"port": 8080, "nodePort": 30080}])
	v := rule.violation with input as nx.review(_web) with data.inventory as nx.inv([_web, _svc, ing, np])
	v == {
		fx.finding(`Deployment shop/storefront is exposed to the internet: Ingress "storefront" → Service "storefront" → port 80`, "spec.template.metadata"),
		fx.finding(`Deployment shop/storefront is exposed to the internet: Service "storefront-debug" (NodePort) → port 8080`, "spec.template.metadata"),
	}
}

test_route_denied if {
	r := nx.route("HTTPRoute", "gateways", "shop", [{"name": "storefront", "namespace": "shop", "port": 80}])
	v := rule.violation with input as nx.review(_web) with data.inventory as nx.inv([_web, _svc, r])
	v == {fx.finding(`Deployment shop/storefront is exposed to the internet: HTTPRoute "shop" → Service "storefront" → port 80`, "spec.template.metadata")}
}

test_cluster_internal_allowed if {
	other := nx.simple_ingress("shop", "admin", "admin", {"number": 80})
	admin := nx.service("shop", "admin", "LoadBalancer", {"app": "admin"}, [{"port": 80}])
	v := rule.violation with input as nx.review(_web) with data.inventory as nx.inv([_web, _svc, other, admin])
	v == set()
	pod := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x", "namespace": "shop"}, "spec": {"containers": [{"name": "x", "image": "busybox:1.36"}]}}
	w := rule.violation with input as nx.review(pod) with data.inventory as nx.inv([pod, admin])
	w == set()
}
