package kubeward.rules.network.istio_destination_rule_tls_disabled_test

import data.kubeward.rules.network.istio_destination_rule_tls_disabled as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_dr(spec) := {"apiVersion": "networking.istio.io/v1", "kind": "DestinationRule", "metadata": {"name": "reviews", "namespace": "shop"}, "spec": object.union({"host": "reviews.shop.svc.cluster.local"}, spec)}

_judge(obj) := v if {
	v := rule.violation with input as nx.review(obj)
}

test_disable_denied if {
	v := _judge(_dr({
		"trafficPolicy": {"tls": {"mode": "DISABLE"}, "portLevelSettings": [{"port": {"number": 9080}, "tls": {"mode": "DISABLE"}}, {"port": {"number": 443}, "tls": {"mode": "SIMPLE"}}]},
		"subsets": [{"name": "v1", "labels": {"version": "v1"}}, {"name": "v2", "labels": {"version": "v2"}, "trafficPolicy": {"tls": {"mode": "DISABLE"}, "portLevelSettings": [{"port": {"number": 8080}, "tls": {"mode": "DISABLE"}}]}}],
	}))
	v == {
		fx.finding(`DestinationRule "reviews" sets TLS mode DISABLE for host "reviews.shop.svc.cluster.local" (all ports): sidecars send plaintext to it`, "spec.trafficPolicy.tls.mode"),
		fx.finding(`DestinationRule "reviews" sets TLS mode DISABLE for host "reviews.shop.svc.cluster.local" (port 9080): sidecars send plaintext to it`, "spec.trafficPolicy.portLevelSettings[0].tls.mode"),
		fx.finding(`DestinationRule "reviews" sets TLS mode DISABLE for host "reviews.shop.svc.cluster.local" (subset "v2"): sidecars send plaintext to it`, "spec.subsets[1].trafficPolicy.tls.mode"),
		fx.finding(`DestinationRule "reviews" sets TLS mode DISABLE for host "reviews.shop.svc.cluster.local" (subset "v2", port 8080): sidecars send plaintext to it`, "spec.subsets[1].trafficPolicy.portLevelSettings[0].tls.mode"),
	}
}

test_other_modes_allowed if {
	_judge(_dr({"trafficPolicy": {"tls": {"mode": "ISTIO_MUTUAL"}}})) == set()
	_judge(_dr({"subsets": [{"name": "v1", "labels": {"version": "v1"}}]})) == set()
	other := object.union(_dr({"trafficPolicy": {"tls": {"mode": "DISABLE"}}}), {"apiVersion": "example.com/v1"})
	_judge(other) == set()
}
