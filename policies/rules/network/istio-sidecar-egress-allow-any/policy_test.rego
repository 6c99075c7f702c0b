package kubeward.rules.network.istio_sidecar_egress_allow_any_test

import data.kubeward.rules.network.istio_sidecar_egress_allow_any as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_sc(spec) := {"apiVersion": "networking.istio.io/v1", "kind": "Sidecar", "metadata": {"name": "default", "namespace": "shop"}, "spec": spec}

test_allow_any_denied if {
	v := rule.violation with input as nx.review(_sc({"outboundTrafficPolicy": {"mode": "ALLOW_ANY"}}))
	v == {fx.finding(`Sidecar "default" sets outboundTrafficPolicy ALLOW_ANY: every workload in namespace "shop" may connect to any host outside the mesh's registry`, "spec.outboundTrafficPolicy.mode")}
	w := rule.violation with input as nx.review(_sc({"workloadSelector": {"labels": {"app": "web"}}, "outboundTrafficPolicy": {"mode": "ALLOW_ANY"}}))
	w == {fx.finding(`Sidecar "default" sets outboundTrafficPolicy ALLOW_ANY: the workloads it selects in namespace "shop" may connect to any host outside the mesh's registry`, "spec.outboundTrafficPolicy.mode")}
}

test_registry_only_allowed if {
	v := rule.violation with input as nx.review(_sc({"outboundTrafficPolicy": {"mode": "REGISTRY_ONLY"}, "egress": [{"hosts": ["./*", "istio-system/*"]}]}))
	v == set()
	w := rule.violation with input as nx.review(_sc({"egress": [{"hosts": ["./*"]}]}))
	w == set()
}
