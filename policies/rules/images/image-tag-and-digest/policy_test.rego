package kubeward.rules.images.image_tag_and_digest_test

import data.kubeward.rules.images.image_tag_and_digest as rule
import data.kubeward.test.fixtures as fx

test_denied if {
	v := rule.violation with input as fx.pod({"containers": [
		fx.container("a", {"image": "nginx:1.27@sha256:abc"}),
		fx.container("b", {"image": "nginx@sha256:abc"}),
		fx.container("c", {"image": "nginx:1.27"}),
	]})
	v == {fx.finding(`container "a" pins image "nginx:1.27@sha256:abc" by digest; its tag "1.27" is ignored by the runtime and not verified`, "spec.containers[0].image")}
}
