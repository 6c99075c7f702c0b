package kubeward.rules.network.service_load_balancer_unrestricted_test

import data.kubeward.rules.network.service_load_balancer_unrestricted as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_lb := nx.service("shop", "web", "LoadBalancer", {"app": "web"}, [{"port": 80}, {"port": 443}])

_with(fields) := object.union(_lb, fields)

test_no_ranges_denied if {
	v := rule.violation with input as nx.review(_lb)
	v == {fx.finding(`Service "web" of type LoadBalancer has no loadBalancerSourceRanges: port 80, 443 is reachable from every address`, "spec.type")}
}

test_open_ranges_denied if {
	v := rule.violation with input as nx.review(_with({"spec": {"loadBalancerSourceRanges": ["10.0.0.0/8", "0.0.0.0/0"]}}))
	v == {fx.finding(`Service "web" of type LoadBalancer allows every address (0.0.0.0/0) in loadBalancerSourceRanges: port 80, 443 is reachable from anywhere`, "spec.loadBalancerSourceRanges[1]")}
	w := rule.violation with input as nx.review(_with({"metadata": {"annotations": {"service.beta.kubernetes.io/load-balancer-source-ranges": "203.0.113.0/24, ::/0"}}}))
	w == {fx.finding(`Service "web" of type LoadBalancer allows every address (::/0) in its service.beta.kubernetes.io/load-balancer-source-ranges annotation: port 80, 443 is reachable from anywhere`, `metadata.annotations["service.beta.kubernetes.io/load-balancer-source-ranges"]`)}
}

test_restricted_internal_and_other_types_allowed if {
	v := rule.violation with input as nx.review(_with({"spec": {"loadBalancerSourceRanges": ["203.0.113.0/24"]}}))
	v == set()
	w := rule.violation with input as nx.review(_with({"metadata": {"annotations": {"service.beta.kubernetes.io/load-balancer-source-ranges": "203.0.113.0/24"}}}))
	w == set()
	x := rule.violation with input as nx.review(_with({"metadata": {"annotations": {"service.beta.kubernetes.io/aws-load-balancer-scheme": "internal"}}}))
	x == set()
	y := rule.violation with input as nx.review(nx.service("shop", "web", "ClusterIP", {"app": "web"}, [{"port": 80}]))
	y == set()
}
