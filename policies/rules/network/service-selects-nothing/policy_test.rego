package kubeward.rules.network.service_selects_nothing_test

import data.kubeward.rules.network.service_selects_nothing as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_web := nx.deploy("shop", "web", {"app": "web", "tier": "front"}, [])

test_no_matching_pods_denied if {
	svc := nx.service("shop", "web", "ClusterIP", {"app": "web", "tier": "backend"}, [{"port": 80}])
	v := rule.violation with input as nx.review(svc) with data.inventory as nx.inv([_web, svc])
	v == {fx.finding(`Service "web" selects no pods: no Pod or workload in namespace "shop" has the labels app=web,tier=backend`, "spec.selector")}
}

test_matching_allowed if {
	svc := nx.service("shop", "web", "ClusterIP", {"app": "web"}, [{"port": 80}])
	v := rule.violation with input as nx.review(svc) with data.inventory as nx.inv([_web, svc])
	v == set()
}

test_external_name_and_selectorless_skipped if {
	ext := nx.service("shop", "db", "ExternalName", {"app": "db"}, [])
	v := rule.violation with input as nx.review(ext) with data.inventory as nx.inv([ext])
	v == set()
	manual := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "legacy", "namespace": "shop"}, "spec": {"ports": [{"port": 5432}]}}
	w := rule.violation with input as nx.review(manual) with data.inventory as nx.inv([manual])
	w == set()
	empty := nx.service("shop", "x", "ClusterIP", {}, [])
	u := rule.violation with input as nx.review(empty) with data.inventory as nx.inv([empty])
	u == set()
}

test_controller_labels_and_operators if {
	sts := {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "redis", "namespace": "shop"}, "spec": {"template": {"metadata": {"labels": {"app": "redis"}}}}}
	svc := nx.service("shop", "redis-0", "ClusterIP", {"app": "redis", "statefulset.kubernetes.io/pod-name": "redis-0"}, [{"port": 6379}])
	v := rule.violation with input as nx.review(svc) with data.inventory as nx.inv([sts, svc])
	v == set()
	cr := {"apiVersion": "ceph.rook.io/v1", "kind": "CephCluster", "metadata": {"name": "rook-ceph", "namespace": "rook-ceph"}}
	mgr := nx.service("rook-ceph", "dashboard", "ClusterIP", {"app": "rook-ceph-mgr"}, [{"port": 7000}])
	w := rule.violation with input as nx.review(mgr) with data.inventory as nx.inv([cr, mgr])
	w == set()
}
