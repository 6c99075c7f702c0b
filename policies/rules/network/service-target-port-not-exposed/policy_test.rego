package kubeward.rules.network.service_target_port_not_exposed_test

import data.kubeward.rules.network.service_target_port_not_exposed as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_web := nx.deploy("shop", "web", {"app": "web"}, [{"name": "http", "containerPort": 8080}, {"name": "metrics", "containerPort": 9090}])

test_wrong_name_and_number_denied if {
	svc := nx.service("shop", "web", "ClusterIP", {"app": "web"}, [
		{"name": "http", "port": 80, "targetPort": "web"},
		{"name": "admin", "port": 8443, "targetPort": 8443},
		{"name": "alt", "port": 8081},
		{"name": "ok", "port": 8080, "targetPort": null},
		{"name": "metrics", "port": 9090, "targetPort": "metrics"},
	])
	v := rule.violation with input as nx.review(svc) with data.inventory as nx.inv([_web, svc])
	v == {
		fx.finding(`Service "web" port 80 targets the port name "web", which no selected pod declares`, "spec.ports[0].targetPort"),
		fx.finding(`Service "web" port 8443 targets container port 8443, which no selected pod declares (declared: 8080, 9090)`, "spec.ports[1].targetPort"),
		fx.finding(`Service "web" port 8081 targets container port 8081, which no selected pod declares (declared: 8080, 9090)`, "spec.ports[2]"),
	}
}

test_matching_allowed if {
	svc := nx.service("shop", "web", "ClusterIP", {"app": "web"}, [{"port": 80, "targetPort": "http"}, {"port": 9090, "targetPort": 9090}])
	v := rule.violation with input as nx.review(svc) with data.inventory as nx.inv([_web, svc])
	v == set()
}

test_numbers_not_judged_without_declared_ports if {
	bare := nx.deploy("shop", "bare", {"app": "bare"}, [])
	svc := nx.service("shop", "bare", "ClusterIP", {"app": "bare"}, [{"port": 80, "targetPort": 8080}])
	v := rule.violation with input as nx.review(svc) with data.inventory as nx.inv([bare, svc])
	v == set()
	named := nx.service("shop", "bare", "ClusterIP", {"app": "bare"}, [{"port": 80, "targetPort": "http"}])
	w := rule.violation with input as nx.review(named) with data.inventory as nx.inv([bare, named])
	w == {fx.finding(`Service "bare" port 80 targets the port name "http", which no selected pod declares`, "spec.ports[0].targetPort")}
}

test_no_pods_not_judged if {
	svc := nx.service("shop", "gone", "ClusterIP", {"app": "gone"}, [{"port": 80, "targetPort": "http"}])
	v := rule.violation with input as nx.review(svc) with data.inventory as nx.inv([_web, svc])
	v == set()
}

test_operator_pods_not_judged if {
	am := {"apiVersion": "monitoring.coreos.com/v1", "kind": "Alertmanager", "metadata": {"name": "main", "namespace": "shop", "labels": {"app": "alertmanager"}}, "spec": {"podMetadata": {"labels": {"app": "alertmanager"}}}}
	svc := nx.service("shop", "alertmanager", "ClusterIP", {"app": "alertmanager"}, [{"port": 9093, "targetPort": "web"}])
	v := rule.violation with input as nx.review(svc) with data.inventory as nx.inv([am, svc])
	v == set()
}
