package kubeward.rules.images.mutable_image_pull_policy_test

import data.kubeward.rules.images.mutable_image_pull_policy as rule
import data.kubeward.test.fixtures as fx

test_denied if {
	v := rule.violation with input as fx.pod({"containers": [
		fx.container("a", {"image": "nginx", "imagePullPolicy": "IfNotPresent"}),
		fx.container("b", {"image": "nginx:latest", "imagePullPolicy": "Never"}),
		fx.container("c", {"image": "nginx:latest", "imagePullPolicy": "Always"}),
		fx.container("d", {"image": "nginx:latest"}),
		fx.container("e", {"image": "nginx:1.27", "imagePullPolicy": "IfNotPresent"}),
		fx.container("f", {"image": "nginx@sha256:abc", "imagePullPolicy": "IfNotPresent"}),
	]})
	v == {
		fx.finding(`container "a" pulls the mutable image "nginx" with imagePullPolicy IfNotPresent: nodes keep whatever version they pulled first`, "spec.containers[0].imagePullPolicy"),
		fx.finding(`container "b" pulls the mutable image "nginx:latest" with imagePullPolicy Never: nodes keep whatever version they pulled first`, "spec.containers[1].imagePullPolicy"),
	}
}

test_parameter if {
	inp := object.union(fx.of_kind("Job", {"containers": [fx.container("j", {"image": "acme/etl:main", "imagePullPolicy": "IfNotPresent"})]}), {"parameters": {"mutable_tags": ["main"]}})
	v := rule.violation with input as inp
	v == {fx.finding(`container "j" pulls the mutable image "acme/etl:main" with imagePullPolicy IfNotPresent: nodes keep whatever version they pulled first`, "spec.template.spec.containers[0].imagePullPolicy")}
}
