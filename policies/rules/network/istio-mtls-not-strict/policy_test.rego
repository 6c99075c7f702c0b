package kubeward.rules.network.istio_mtls_not_strict_test

import data.kubeward.rules.network.istio_mtls_not_strict as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_pa(ns, spec) := {"apiVersion": "security.istio.io/v1", "kind": "PeerAuthentication", "metadata": {"name": "default", "namespace": ns}, "spec": spec}

test_mesh_wide_permissive_denied if {
	v := rule.violation with input as nx.review(_pa("istio-system", {"mtls": {"mode": "PERMISSIVE"}}))
	v == {fx.finding(`PeerAuthentication "default" sets mTLS mode PERMISSIVE: workloads across the whole mesh accept plaintext connections`, "spec.mtls.mode")}
}

test_namespace_and_port_denied if {
	v := rule.violation with input as nx.review(_pa("shop", {"selector": {"matchLabels": {"app": "web"}}, "mtls": {"mode": "STRICT"}, "portLevelMtls": {"9090": {"mode": "DISABLE"}, "8080": {"mode": "STRICT"}}}))
	v == {fx.finding(`PeerAuthentication "default" sets mTLS mode DISABLE for port 9090: workloads in namespace "shop" accept plaintext connections on it`, `spec.portLevelMtls["9090"].mode`)}
	w := rule.violation with input as nx.review(_pa("istio-system", {"selector": {"matchLabels": {"app": "gw"}}, "mtls": {"mode": "DISABLE"}}))
	w == {fx.finding(`PeerAuthentication "default" sets mTLS mode DISABLE: workloads in namespace "istio-system" accept plaintext connections`, "spec.mtls.mode")}
}

test_strict_and_unset_allowed if {
	v := rule.violation with input as nx.review(_pa("istio-system", {"mtls": {"mode": "STRICT"}}))
	v == set()
	w := rule.violation with input as nx.review(_pa("shop", {"mtls": {"mode": "UNSET"}}))
	w == set()
	x := rule.violation with input as nx.review(_pa("shop", {}))
	x == set()
}
