package kubeward.rules.images.image_signature_required_test

import data.kubeward.rules.images.image_signature_required as rule
import data.kubeward.test.fixtures as fx

_digest := "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

_policies := [
	{"repositories": ["registry.example.com/*"], "keyids": ["ci"]},
	{"repositories": ["registry.example.com/payments/*"], "keyids": ["ci", "security"]},
	{"repositories": ["docker.io/library/*"], "keyids": []},
]

_signatures := {
	"registry.example.com/shop/api:1.0": [{"keyid": "ci"}],
	"registry.example.com/payments/ledger:2.0": [{"keyid": "ci"}, {"keyid": 7}],
	_digest: [{"keyid": "security"}],
	"docker.io/library/nginx:1.27": [{"keyid": "upstream"}],
}

_input(images) := object.union(fx.pod({"containers": [fx.container(sprintf("c%d", [i]), {"image": img}) | some i, img in images]}), {"parameters": {"policies": _policies}})

test_required_keys if {
	v := rule.violation with input as _input([
		"registry.example.com/shop/api:1.0",
		"registry.example.com/shop/web:1.0",
		"registry.example.com/payments/ledger:2.0",
		concat("@", ["registry.example.com/payments/ledger:2.1", _digest]),
		"ghcr.io/acme/tool:1",
	])
		with data.kubeward.external.signatures as _signatures
	v == {
		fx.finding(`container "c1" uses image "registry.example.com/shop/web:1.0", which is not signed by the required key(s) ci (pattern "registry.example.com/*")`, "spec.containers[1].image"),
		fx.finding(`container "c2" uses image "registry.example.com/payments/ledger:2.0", which is not signed by the required key(s) security (pattern "registry.example.com/payments/*")`, "spec.containers[2].image"),
		fx.finding(`container "c3" uses image "registry.example.com/payments/ledger:2.1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", which is not signed by the required key(s) ci (pattern "registry.example.com/payments/*")`, "spec.containers[3].image"),
	}
}

test_any_signature if {
	v := rule.violation with input as _input(["nginx:1.27", "busybox:1.36"]) with data.kubeward.external.signatures as _signatures
	v == {fx.finding(`container "c1" uses image "busybox:1.36", which has no signature (required by the pattern "docker.io/library/*")`, "spec.containers[1].image")}
}

test_default_requires_a_signature_everywhere if {
	v := rule.violation with input as fx.of_kind("Deployment", {"containers": [fx.container("a", {"image": "nginx:1.27"}), fx.container("b", {"image": "redis:7"})]})
		with data.kubeward.external.signatures as _signatures
	v == {fx.finding(`container "b" uses image "redis:7", which has no signature (required by the pattern "*")`, "spec.template.spec.containers[1].image")}
}
