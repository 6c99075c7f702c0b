package kubeward.rules.images.trusted_registries_test

import data.kubeward.rules.images.trusted_registries as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.portieris_fixtures as pfx

_pod(ns, images) := object.union(
	fx.review(object.union(fx.workload("Pod", {}, {"containers": [fx.container(sprintf("c%d", [i]), {"image": img}) | some i, img in images]}), {"metadata": {"namespace": ns}})),
	{"parameters": {"policies": _policies}},
)

_policies := [
	{"namespaces": ["*"], "allow": ["registry.example.com/*", "nginx"], "deny": ["registry.example.com/experimental/*"]},
	{"namespaces": ["payments", "team-*"], "allow": ["registry.example.com/payments/*"], "deny": []},
	{"namespaces": ["team-b"], "allow": ["docker.io/*"], "deny": ["docker.io/library/*"]},
]

test_default_policy if {
	v := rule.violation with input as fx.pod({"containers": [
		fx.container("ok", {"image": "registry.k8s.io/pause:3.10"}),
		fx.container("ok2", {"image": "nginx:1.27"}),
		fx.container("bad", {"image": "bitnami/redis:7.2"}),
	]})
	v == {fx.finding(`container "bad" uses image "bitnami/redis:7.2" (docker.io/bitnami/redis), which no trusted-registry policy for namespace "default" allows`, "spec.containers[2].image")}
}

test_cluster_wide_policy_most_specific_wins if {
	v := rule.violation with input as _pod("shop", [
		"registry.example.com/shop/api:1.0",
		"registry.example.com/experimental/x:1",
		"nginx:1.27",
		"docker.io/library/nginx@sha256:abc",
		"nginxinc/nginx-unprivileged:1.27",
	])
	v == {
		fx.finding(`container "c1" uses image "registry.example.com/experimental/x:1" (registry.example.com/experimental/x), denied by the pattern "registry.example.com/experimental/*" for namespace "shop"`, "spec.containers[1].image"),
		fx.finding(`container "c4" uses image "nginxinc/nginx-unprivileged:1.27" (docker.io/nginxinc/nginx-unprivileged), which no trusted-registry policy for namespace "shop" allows`, "spec.containers[4].image"),
	}
}

test_namespace_policy_used_exclusively if {
	v := rule.violation with input as _pod("payments", ["registry.example.com/payments/ledger:2", "registry.example.com/shop/api:1.0"])
	v == {fx.finding(`container "c1" uses image "registry.example.com/shop/api:1.0" (registry.example.com/shop/api), which no trusted-registry policy for namespace "payments" allows`, "spec.containers[1].image")}
}

test_policies_of_a_namespace_merge_and_deny_wins_ties if {
	v := rule.violation with input as _pod("team-b", ["registry.example.com/payments/x:1", "acme/tool:1", "busybox:1.36"])
	v == {fx.finding(`container "c2" uses image "busybox:1.36" (docker.io/library/busybox), denied by the pattern "docker.io/library/*" for namespace "team-b"`, "spec.containers[2].image")}
}

test_tie_between_allow_and_deny if {
	inp := object.union(fx.pod({"containers": [fx.container("a", {"image": "ghcr.io/acme/x:1"})]}), {"parameters": {"policies": [{"namespaces": ["*"], "allow": ["ghcr.io/*"], "deny": ["ghcr.io/*"]}]}})
	v := rule.violation with input as inp
	v == {fx.finding(`container "a" uses image "ghcr.io/acme/x:1" (ghcr.io/acme/x), denied by the pattern "ghcr.io/*" for namespace "default"`, "spec.containers[0].image")}
}

test_no_policy_denies_everything if {
	inp := object.union(fx.of_kind("Deployment", {"initContainers": [fx.container("init", {"image": "registry.k8s.io/pause:3.10"})], "containers": []}), {"parameters": {"policies": []}})
	v := rule.violation with input as inp
	v == {fx.finding(`init container "init" uses image "registry.k8s.io/pause:3.10" (registry.k8s.io/pause), which no trusted-registry policy for namespace "default" allows`, "spec.template.spec.initContainers[0].image")}
}

test_namespace_defaults if {
	obj := json.remove(fx.workload("Pod", {}, {"containers": []}), ["metadata/namespace"])
	rule.namespace == "default" with input as fx.review(obj)
	rule.namespace == "payments" with input as object.union(fx.review(obj), {"review": {"namespace": "payments"}})
	rule.namespace == "default" with input as {"review": {"object": obj}}
}

# Portieris objects among the scanned objects replace the parameters.
test_portieris_namespace_policies_used_exclusively if {
	inp := object.union(pfx.pod("payments", ["icr.io/payments/ledger:3", "icr.io/ibm/tool:1", "quay.io/prometheus/statsd-exporter:v0.26.1", "icr.io/payments/legacy/batch:1"]), {"parameters": {"policies": _policies}})
	v := rule.violation with input as inp with data.inventory as pfx.inventory
	v == {
		fx.finding(`container "c1" uses image "icr.io/ibm/tool:1" (icr.io/ibm/tool), which no Portieris image policy for namespace "payments" allows`, "spec.containers[1].image"),
		fx.finding(`container "c3" uses image "icr.io/payments/legacy/batch:1" (icr.io/payments/legacy/batch), denied by the pattern "icr.io/payments/legacy/*" for namespace "payments"`, "spec.containers[3].image"),
	}
}

test_portieris_cluster_policies_elsewhere if {
	v := rule.violation with input as pfx.pod("shop", ["icr.io/ibm/tool:1", "nginx:1.27", "icr.io/payments/ledger:3", "ghcr.io/acme/x:1"]) with data.inventory as pfx.inventory
	v == {fx.finding(`container "c3" uses image "ghcr.io/acme/x:1" (ghcr.io/acme/x), which no Portieris image policy for namespace "shop" allows`, "spec.containers[3].image")}
}
