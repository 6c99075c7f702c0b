package kubeward.rules.secrets.external_secret_store_missing_test

import data.kubeward.rules.secrets.external_secret_store_missing as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.secrets_fixtures as sfx

_stores := [
	{"apiVersion": "external-secrets.io/v1", "kind": "SecretStore", "metadata": {"name": "vault", "namespace": "default"}, "spec": {}},
	{"apiVersion": "external-secrets.io/v1beta1", "kind": "SecretStore", "metadata": {"name": "prod-only", "namespace": "prod"}, "spec": {}},
	{"apiVersion": "external-secrets.io/v1", "kind": "ClusterSecretStore", "metadata": {"name": "aws"}, "spec": {}},
]

_es(version, spec) := sfx.review_of({"apiVersion": version, "kind": "ExternalSecret", "metadata": {"name": "db", "namespace": "default"}, "spec": spec})

test_existing_stores_allowed if {
	spec := {
		"secretStoreRef": {"name": "vault"},
		"data": [{"secretKey": "a", "remoteRef": {"key": "a"}, "sourceRef": {"storeRef": {"name": "aws", "kind": "ClusterSecretStore"}}}],
		"dataFrom": [{"extract": {"key": "b"}}],
	}
	v := rule.violation with input as _es("external-secrets.io/v1", spec) with data.inventory as sfx.inventory_of(_stores)
	v == set()
}

test_missing_stores_denied if {
	spec := {
		"secretStoreRef": {"name": "prod-only", "kind": "SecretStore"},
		"data": [
			{"secretKey": "a", "remoteRef": {"key": "a"}},
			{"secretKey": "b", "remoteRef": {"key": "b"}, "sourceRef": {"storeRef": {"name": "vault", "kind": "ClusterSecretStore"}}},
		],
		"dataFrom": [{"extract": {"key": "c"}, "sourceRef": {"storeRef": {"name": "gcp", "kind": "ClusterSecretStore"}}}],
	}
	v := rule.violation with input as _es("external-secrets.io/v1beta1", spec) with data.inventory as sfx.inventory_of(_stores)
	v == {
		fx.finding(`ExternalSecret "db" reads from SecretStore "prod-only", which is not among the scanned objects in namespace "default"`, "spec.secretStoreRef.name"),
		fx.finding(`ExternalSecret "db" reads from ClusterSecretStore "vault", which is not among the scanned objects in the cluster`, "spec.data[1].sourceRef.storeRef.name"),
		fx.finding(`ExternalSecret "db" reads from ClusterSecretStore "gcp", which is not among the scanned objects in the cluster`, "spec.dataFrom[0].sourceRef.storeRef.name"),
	}
}

# kubernetes-external-secrets (kubernetes-client.io) also had a kind named ExternalSecret.
test_other_groups_ignored if {
	obj := {"apiVersion": "kubernetes-client.io/v1", "kind": "ExternalSecret", "metadata": {"name": "db", "namespace": "default"}, "spec": {"secretStoreRef": {"name": "nowhere"}}}
	v := rule.violation with input as sfx.review_of(obj) with data.inventory as sfx.inventory_of(_stores)
	v == set()
}
