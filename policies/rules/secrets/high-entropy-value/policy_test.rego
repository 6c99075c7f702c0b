package kubeward.rules.secrets.high_entropy_value_test

import data.kubeward.rules.secrets.high_entropy_value as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.secrets_fixtures as sfx

_random := "q8Zr2VxN5tLp0WmK7cYs3HbJ"

test_env_denied if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {"env": [
		{"name": "SESSION_SIGNING", "value": _random},
		{"name": "IMAGE", "value": "docker.io/longhornio/csi-attacher:v4.11.0"},
		{"name": "SENTINEL_ID", "value": "3c0d9c0320bb34888c2df5757c718ce6ca992ce6"},
		{"name": "MODEL", "value": "meta-llama/Meta-Llama-3-8B-Instruct"},
		{"name": "SHORT", "value": "a1B2c3"},
		{"name": "LETTERS", "value": "abcdefghijklmnopqrstuvwxyzABCDEFG"},
		{"name": "API_TOKEN", "value": _random},
		{"name": "FROM", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}},
	]})]})
	v == {fx.finding(`container "web" env "SESSION_SIGNING" holds a random-looking value that may be a credential (value [REDACTED, 24 chars])`, "spec.containers[0].env[0].value")}
}

test_configmap_denied if {
	v := rule.violation with input as sfx.configmap({"signing.seed": _random, "mode": "production", "empty": ""})
	v == {fx.finding(`ConfigMap "app-config" key "signing.seed" holds a random-looking value that may be a credential (value [REDACTED, 24 chars])`, `data["signing.seed"]`)}
}

test_parameters if {
	inp := object.union(fx.pod({"containers": [fx.container("web", {"env": [{"name": "SEED", "value": _random}]})]}), {"parameters": {"threshold": 4.8, "minLength": 8}})
	v := rule.violation with input as inp
	v == set()
}

test_every_workload_kind_denied if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"containers": [fx.container("web", {"env": [{"name": "SEED", "value": _random}]})]})
		v == {fx.finding(`container "web" env "SEED" holds a random-looking value that may be a credential (value [REDACTED, 24 chars])`, sprintf("%s.containers[0].env[0].value", [prefix]))}
	}
}
