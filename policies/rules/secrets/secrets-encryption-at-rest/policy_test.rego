package kubeward.rules.secrets.secrets_encryption_at_rest_test

import data.kubeward.rules.secrets.secrets_encryption_at_rest as rule
import data.kubeward.test.fixtures as fx

_config(resources) := {"review": {
	"kind": {"group": "apiserver.config.k8s.io", "version": "v1", "kind": "EncryptionConfiguration"},
	"object": {"apiVersion": "apiserver.config.k8s.io/v1", "kind": "EncryptionConfiguration", "resources": resources},
}}

_aescbc := {"aescbc": {"keys": [{"name": "key1", "secret": "c2VjcmV0"}]}}

test_identity_first_denied if {
	v := rule.violation with input as _config([{"resources": ["secrets"], "providers": [{"identity": {}}, _aescbc]}])
	v == {fx.finding(`Secrets are written with provider "identity" (first provider of resources[0]): they are stored in etcd unencrypted`, "resources[0].providers[0].identity")}
}

test_first_matching_entry_wins if {
	v := rule.violation with input as _config([
		{"resources": ["configmaps"], "providers": [{"identity": {}}]},
		{"resources": ["*."], "providers": [{"aesgcm": {"keys": []}}]},
		{"resources": ["secrets"], "providers": [_aescbc]},
	])
	v == {fx.finding(`Secrets are written with provider "aesgcm" (first provider of resources[1]): not one of aescbc, kms, secretbox`, "resources[1].providers[0].aesgcm")}
}

test_no_entry_for_secrets_denied if {
	v := rule.violation with input as _config([{"resources": ["events"], "providers": [_aescbc]}])
	v == {fx.finding("EncryptionConfiguration has no entry for secrets: Secrets are stored in etcd unencrypted", "resources")}
}

test_accepted_providers_allowed if {
	every p in [_aescbc, {"kms": {"apiVersion": "v2", "name": "vault", "endpoint": "unix:///run/kms.sock"}}, {"secretbox": {"keys": []}}] {
		v := rule.violation with input as _config([{"resources": ["*.*"], "providers": [p, {"identity": {}}]}])
		v == set()
	}
}
