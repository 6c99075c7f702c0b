package kubeward.rules.images.image_not_pinned_by_digest_test

import data.kubeward.rules.images.image_not_pinned_by_digest as rule
import data.kubeward.test.fixtures as fx

_digest := "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

test_denied if {
	v := rule.violation with input as fx.of_kind("Deployment", {
		"initContainers": [fx.container("init", {"image": "busybox:1.36"})],
		"containers": [fx.container("web", {"image": "nginx"}), fx.container("ok", {"image": concat("@", ["nginx:1.27", _digest])})],
	})
	v == {
		fx.finding(`init container "init" uses image "busybox:1.36", which is not pinned by digest (@sha256:...)`, "spec.template.spec.initContainers[0].image"),
		fx.finding(`container "web" uses image "nginx", which is not pinned by digest (@sha256:...)`, "spec.template.spec.containers[0].image"),
	}
}

test_exempt_repositories if {
	inp := object.union(
		fx.pod({"containers": [
			fx.container("a", {"image": "registry.example.com/team/api:1.0"}),
			fx.container("b", {"image": "nginx:1.27"}),
			fx.container("c", {"image": "ghcr.io/acme/tool:2"}),
		]}),
		{"parameters": {"exempt_repositories": ["registry.example.com/*", "nginx"]}},
	)
	v := rule.violation with input as inp
	v == {fx.finding(`container "c" uses image "ghcr.io/acme/tool:2", which is not pinned by digest (@sha256:...)`, "spec.containers[2].image")}
}
