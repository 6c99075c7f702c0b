package kubeward.rules.secrets.plaintext_secret_beside_external_source_test

import data.kubeward.rules.secrets.plaintext_secret_beside_external_source as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.secrets_fixtures as sfx

_sources := [
	{"apiVersion": "external-secrets.io/v1beta1", "kind": "ExternalSecret", "metadata": {"name": "db-sync", "namespace": "default"}, "spec": {"target": {"name": "db"}}},
	{"apiVersion": "bitnami.com/v1alpha1", "kind": "SealedSecret", "metadata": {"name": "db", "namespace": "default"}, "spec": {"encryptedData": {"password": "AgB"}}},
	{"apiVersion": "bitnami.com/v1alpha1", "kind": "SealedSecret", "metadata": {"name": "api", "namespace": "default"}, "spec": {"encryptedData": {"token": "AgB"}}},
	{"apiVersion": "cert-manager.io/v1", "kind": "Certificate", "metadata": {"name": "web", "namespace": "default"}, "spec": {"secretName": "web-tls"}},
]

test_committed_values_beside_producers_denied if {
	input_secret := sfx.secret("db", "Opaque", {"data": {"password": "c2VjcmV0", "empty": ""}, "stringData": {"user": "admin", "host": "${DB_HOST}"}})
	v := rule.violation with input as input_secret with data.inventory as sfx.inventory_of(_sources)
	v == {
		fx.finding(`Secret "db" commits values in data for 1 key(s) ("password") although it is produced by ExternalSecret "db-sync" and SealedSecret "db"`, "data"),
		fx.finding(`Secret "db" commits values in stringData for 1 key(s) ("user") although it is produced by ExternalSecret "db-sync" and SealedSecret "db"`, "stringData"),
	}
}

test_placeholder_only_allowed if {
	input_secret := sfx.secret("api", "Opaque", {"stringData": {"token": "${API_TOKEN}"}, "data": {"x": ""}})
	v := rule.violation with input as input_secret with data.inventory as sfx.inventory_of(_sources)
	v == set()
}

test_no_producer_allowed if {
	input_secret := sfx.secret("other", "Opaque", {"data": {"password": "c2VjcmV0"}})
	v := rule.violation with input as input_secret with data.inventory as sfx.inventory_of(_sources)
	v == set()
}

# cert-manager's Secret is a TLS keypair; committed keys are tls-secret-private-key-committed's finding.
test_certificate_is_not_a_producer_here if {
	input_secret := sfx.secret("web-tls", "kubernetes.io/tls", {"data": {"tls.key": "LS0t"}})
	v := rule.violation with input as input_secret with data.inventory as sfx.inventory_of(_sources)
	v == set()
}
