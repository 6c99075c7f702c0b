package kubeward.rules.network.service_node_port_test

import data.kubeward.rules.network.service_node_port as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

test_node_port_denied if {
	svc := nx.service("shop", "web", "NodePort", {"app": "web"}, [{"port": 80, "nodePort": 30080}, {"port": 443}])
	v := rule.violation with input as nx.review(svc)
	v == {fx.finding(`Service "web" is of type NodePort: port 80 (node port 30080), 443 (node port assigned) is opened on every node of the cluster`, "spec.type")}
}

test_other_types_allowed if {
	every t in ["ClusterIP", "LoadBalancer", "ExternalName"] {
		v := rule.violation with input as nx.review(nx.service("shop", "web", t, {"app": "web"}, [{"port": 80}]))
		v == set()
	}
}
