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

# The effective mode per workload: workload > namespace > mesh, UNSET inherits.

_shop := nx.namespace("shop", {"istio-injection": "enabled"})

_web := nx.deploy("shop", "web", {"app": "web"}, [])

_api := nx.deploy("shop", "api", {"app": "api"}, [])

_judge(obj, objs) := v if {
	v := rule.violation with input as nx.review(obj) with data.inventory as nx.inv(objs)
}

_ns_permissive := _pa("shop", {"mtls": {"mode": "PERMISSIVE"}})

_web_strict := object.union(_pa("shop", {"selector": {"matchLabels": {"app": "web"}}, "mtls": {"mode": "STRICT"}}), {"metadata": {"name": "web-strict"}})

test_workload_override_is_evaluated_per_workload if {
	objs := [_shop, _web, _api, _ns_permissive, _web_strict]
	_judge(_web, objs) == set()
	_judge(_api, objs) == {fx.finding(`Deployment "api" in namespace "shop" accepts plaintext connections: its effective mTLS mode is PERMISSIVE, set by PeerAuthentication "default" in namespace "shop"`, "spec.template.metadata")}

	# The namespace policy applies to a scanned workload, so it is judged through them.
	_judge(_ns_permissive, objs) == set()
}

test_inheritance_and_defaults if {
	mesh_strict := _pa("istio-system", {"mtls": {"mode": "STRICT"}})
	ns_unset := _pa("shop", {"mtls": {"mode": "UNSET"}})
	_judge(_api, [_shop, _api, mesh_strict, ns_unset]) == set()
	mesh_disable := _pa("istio-system", {"mtls": {"mode": "DISABLE"}})
	_judge(_api, [_shop, _api, mesh_disable]) == {fx.finding(`Deployment "api" in namespace "shop" accepts plaintext connections: its effective mTLS mode is DISABLE, set by the mesh-wide PeerAuthentication "default" in namespace "istio-system"`, "spec.template.metadata")}
	vs := {"apiVersion": "networking.istio.io/v1", "kind": "VirtualService", "metadata": {"name": "api", "namespace": "shop"}, "spec": {}}
	_judge(_api, [_shop, _api, vs]) == {fx.finding(`Deployment "api" in namespace "shop" accepts plaintext connections: its effective mTLS mode is PERMISSIVE, set by Istio's default (no PeerAuthentication sets a mode for it)`, "spec.template.metadata")}

	# A custom root namespace.
	mesh := _pa("istio-config", {"mtls": {"mode": "STRICT"}})
	w := rule.violation with input as object.union(nx.review(_api), {"parameters": {"rootNamespace": "istio-config"}}) with data.inventory as nx.inv([_shop, _api, mesh])
	w == set()
}

test_port_level_override if {
	web_ports := object.union(_web_strict, {"spec": {"portLevelMtls": {"9090": {"mode": "DISABLE"}, "8080": {"mode": "UNSET"}}}})
	_judge(_web, [_shop, _web, web_ports]) == {fx.finding(`Deployment "web" in namespace "shop" accepts plaintext connections on port 9090: PeerAuthentication "web-strict" sets mTLS mode DISABLE for it (portLevelMtls)`, "spec.template.metadata")}
}

test_workloads_outside_the_mesh_skipped if {
	plain := nx.namespace("batch", {})
	job := nx.deploy("batch", "worker", {"app": "worker"}, [])
	_judge(job, [plain, job, _ns_permissive]) == set()
	opted_out := nx.deploy("shop", "legacy", {"app": "legacy", "sidecar.istio.io/inject": "false"}, [])
	_judge(opted_out, [_shop, opted_out, _ns_permissive]) == set()
	_judge(_api, [_shop, _api]) == set()
}

test_workloads_labelled_into_the_mesh_denied if {
	plain := nx.namespace("batch", {})
	job := nx.deploy("batch", "worker", {"app": "worker"}, [])
	injected := nx.deploy("batch", "injected", {"app": "injected", "sidecar.istio.io/inject": "true"}, [])
	count(_judge(injected, [plain, injected, _ns_permissive])) == 1
	rev := nx.deploy("batch", "rev", {"app": "rev", "istio.io/rev": "canary"}, [])
	count(_judge(rev, [plain, rev, _ns_permissive])) == 1
	annotated := object.union(nx.deploy("batch", "annotated", {"app": "annotated"}, []), {"spec": {"template": {"metadata": {"annotations": {"sidecar.istio.io/inject": "true"}}}}})
	count(_judge(annotated, [plain, annotated, _ns_permissive])) == 1

	# A namespace that only holds Istio objects: judged when a PeerAuthentication decides, not
	# on Istio's default alone.
	vs := {"apiVersion": "networking.istio.io/v1", "kind": "VirtualService", "metadata": {"name": "w", "namespace": "batch"}, "spec": {}}
	_judge(job, [plain, job, vs]) == set()
	batch_permissive := _pa("batch", {"mtls": {"mode": "PERMISSIVE"}})
	count(_judge(job, [plain, job, batch_permissive])) == 1
}
