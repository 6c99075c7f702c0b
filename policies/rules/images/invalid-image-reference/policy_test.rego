package kubeward.rules.images.invalid_image_reference_test

import data.kubeward.rules.images.invalid_image_reference as rule
import data.kubeward.test.fixtures as fx

test_denied if {
	v := rule.violation with input as fx.pod({
		"initContainers": [{"name": "init"}],
		"containers": [
			fx.container("a", {"image": "Registry.example.com/Team/App:1.0"}),
			fx.container("b", {"image": "{{ .Values.image }}"}),
			fx.container("c", {"image": ""}),
			fx.container("ok", {"image": "registry.example.com:5000/team/app:1.0"}),
		],
	})
	v == {
		fx.finding(`init container "init" has no image`, "spec.initContainers[0].image"),
		fx.finding(`container "a" has the invalid image reference "Registry.example.com/Team/App:1.0"`, "spec.containers[0].image"),
		fx.finding(`container "b" has the invalid image reference "{{ .Values.image }}"`, "spec.containers[1].image"),
		fx.finding(`container "c" has no image`, "spec.containers[2].image"),
	}
}

test_allowed if {
	v := rule.violation with input as fx.of_kind("Deployment", {"containers": [fx.container("a", {"image": "nginx:1.27.3"})]})
	v == set()
}
