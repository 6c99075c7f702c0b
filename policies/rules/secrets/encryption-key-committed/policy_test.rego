package kubeward.rules.secrets.encryption_key_committed_test

import data.kubeward.rules.secrets.encryption_key_committed as rule
import data.kubeward.test.fixtures as fx

_config(resources) := {"review": {
	"kind": {"group": "apiserver.config.k8s.io", "version": "v1", "kind": "EncryptionConfiguration"},
	"object": {"apiVersion": "apiserver.config.k8s.io/v1", "kind": "EncryptionConfiguration", "resources": resources},
}}

test_inline_keys_denied if {
	v := rule.violation with input as _config([
		{"resources": ["secrets"], "providers": [
			{"aescbc": {"keys": [{"name": "key2", "secret": "dGhpcnR5LXR3by1ieXRlLWtleS1mb3ItYWVzLWNiYy0x"}, {"name": "key1", "secret": "${OLD_KEY}"}]}},
			{"identity": {}},
		]},
		{"resources": ["configmaps"], "providers": [{"secretbox": {"keys": [{"name": "sb", "secret": "c2VjcmV0Ym94LWtleQ=="}]}}]},
	])
	v == {
		fx.finding(`EncryptionConfiguration commits aescbc key "key2" (value [REDACTED, 44 chars])`, "resources[0].providers[0].aescbc.keys[0].secret"),
		fx.finding(`EncryptionConfiguration commits secretbox key "sb" (value [REDACTED, 20 chars])`, "resources[1].providers[0].secretbox.keys[0].secret"),
	}
}

test_kms_and_identity_allowed if {
	v := rule.violation with input as _config([{"resources": ["secrets"], "providers": [{"kms": {"apiVersion": "v2", "name": "kms", "endpoint": "unix:///kms.sock"}}, {"identity": {}}]}])
	v == set()
}
