package kubeward.rules.network.service_external_ips_test

import data.kubeward.rules.network.service_external_ips as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_svc := nx.service("shop", "web", "ClusterIP", {"app": "web"}, [{"port": 80}])

test_external_ips_denied if {
	v := rule.violation with input as nx.review(object.union(_svc, {"spec": {"externalIPs": ["203.0.113.10", "8.8.8.8"]}}))
	v == {fx.finding(`Service "web" sets externalIPs (203.0.113.10, 8.8.8.8): kube-proxy captures traffic to these addresses on every node (CVE-2020-8554)`, "spec.externalIPs")}
}

test_absent_or_empty_allowed if {
	v := rule.violation with input as nx.review(_svc)
	v == set()
	w := rule.violation with input as nx.review(object.union(_svc, {"spec": {"externalIPs": []}}))
	w == set()
}
