package kubeward.rules.images.image_mutable_tag_test

import data.kubeward.rules.images.image_mutable_tag as rule
import data.kubeward.test.fixtures as fx

test_denied if {
	v := rule.violation with input as fx.pod({
		"initContainers": [fx.container("init", {"image": "busybox"})],
		"containers": [fx.container("web", {"image": "nginx:latest"}), fx.container("ok", {"image": "nginx:1.27.3"})],
		"ephemeralContainers": [fx.container("debug", {"image": "localhost:5000/tools:LATEST"})],
	})
	v == {
		fx.finding(`init container "init" uses image "busybox" without a tag, which means the mutable tag "latest"`, "spec.initContainers[0].image"),
		fx.finding(`container "web" uses image "nginx:latest" with the mutable tag "latest"`, "spec.containers[0].image"),
		fx.finding(`ephemeral container "debug" uses image "localhost:5000/tools:LATEST" with the mutable tag "LATEST"`, "spec.ephemeralContainers[0].image"),
	}
}

test_parameter if {
	inp := object.union(fx.of_kind("CronJob", {"containers": [fx.container("job", {"image": "ghcr.io/acme/report:stable"})]}), {"parameters": {"mutable_tags": ["latest", "Stable"]}})
	v := rule.violation with input as inp
	v == {fx.finding(`container "job" uses image "ghcr.io/acme/report:stable" with the mutable tag "stable"`, "spec.jobTemplate.spec.template.spec.containers[0].image")}
}

test_allowed if {
	v := rule.violation with input as fx.pod({"containers": [
		fx.container("a", {"image": "nginx:1.27.3"}),
		fx.container("b", {"image": "nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}),
		fx.container("c", {"image": "nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}),
		fx.container("d", {"image": ""}),
	]})
	v == set()
}
