package kubeward.rules.secrets.secret_not_from_external_store_test

import data.kubeward.rules.secrets.secret_not_from_external_store as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.secrets_fixtures as sfx

_es(name, target) := {"apiVersion": "external-secrets.io/v1", "kind": "ExternalSecret", "metadata": {"name": name, "namespace": "default"}, "spec": {"secretStoreRef": {"name": "vault"}, "target": target}}

_sources := [
	_es("db", {}),
	_es("api-es", {"name": "api"}),
	_es("none", {"name": "none", "creationPolicy": "None"}),
	{"apiVersion": "bitnami.com/v1alpha1", "kind": "SealedSecret", "metadata": {"name": "sealed", "namespace": "default"}, "spec": {"encryptedData": {"k": "AgB"}}},
	{"apiVersion": "secrets-store.csi.x-k8s.io/v1", "kind": "SecretProviderClass", "metadata": {"name": "aws", "namespace": "default"}, "spec": {"provider": "aws", "secretObjects": [{"secretName": "synced", "type": "Opaque"}]}},
	{"apiVersion": "cert-manager.io/v1", "kind": "Certificate", "metadata": {"name": "web", "namespace": "default"}, "spec": {"secretName": "web-tls"}},
	{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "plain", "namespace": "default"}},
	# same name, other namespace: does not produce "elsewhere" in default
	{"apiVersion": "external-secrets.io/v1beta1", "kind": "ExternalSecret", "metadata": {"name": "elsewhere", "namespace": "prod"}, "spec": {}},
]

_spec := {
	"containers": [fx.container("web", {
		"env": [
			{"name": "DB", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
			{"name": "API", "valueFrom": {"secretKeyRef": {"name": "api", "key": "token"}}},
			{"name": "PLAIN", "valueFrom": {"secretKeyRef": {"name": "plain", "key": "k"}}},
			{"name": "NONE", "valueFrom": {"secretKeyRef": {"name": "none", "key": "k"}}},
			{"name": "CFG", "valueFrom": {"configMapKeyRef": {"name": "cfg", "key": "k"}}},
		],
		"envFrom": [{"secretRef": {"name": "sealed"}}, {"secretRef": {"name": "elsewhere"}}],
	})],
	"volumes": [
		{"name": "synced", "secret": {"secretName": "synced"}},
		{"name": "tls", "secret": {"secretName": "web-tls"}},
		{"name": "store", "csi": {"driver": "secrets-store.csi.k8s.io", "volumeAttributes": {"secretProviderClass": "aws"}}},
	],
}

test_plain_secrets_reported_sanctioned_ones_not if {
	v := rule.violation with input as fx.pod(_spec) with data.inventory as sfx.inventory_of(_sources)
	v == {
		fx.finding(`container "web" env "PLAIN" uses Secret "plain", which no ExternalSecret, SealedSecret, SecretProviderClass or Certificate in namespace "default" produces`, "spec.containers[0].env[2].valueFrom.secretKeyRef.name"),
		fx.finding(`container "web" env "NONE" uses Secret "none", which no ExternalSecret, SealedSecret, SecretProviderClass or Certificate in namespace "default" produces`, "spec.containers[0].env[3].valueFrom.secretKeyRef.name"),
		fx.finding(`container "web" envFrom uses Secret "elsewhere", which no ExternalSecret, SealedSecret, SecretProviderClass or Certificate in namespace "default" produces`, "spec.containers[0].envFrom[1].secretRef.name"),
	}
}

# Vault-injected and CSI-mounted secrets involve no Secret reference at all: compliant.
test_vault_and_csi_only_compliant if {
	pod := fx.workload("Deployment", {"vault.hashicorp.com/agent-inject": "true", "vault.hashicorp.com/agent-inject-secret-db": "database/creds/web"}, {
		"containers": [fx.container("web", {})],
		"volumes": [{"name": "store", "csi": {"driver": "secrets-store.csi.k8s.io", "volumeAttributes": {"secretProviderClass": "aws"}}}],
	})
	v := rule.violation with input as fx.review(pod) with data.inventory as sfx.inventory_of(_sources)
	v == set()
}

test_projected_secret_reported if {
	spec := {"containers": [fx.container("web", {})], "volumes": [{"name": "b", "projected": {"sources": [{"secret": {"name": "plain"}}, {"secret": {"name": "db"}}]}}]}
	v := rule.violation with input as fx.pod(spec) with data.inventory as sfx.inventory_of(_sources)
	v == {fx.finding(`projected volume "b" uses Secret "plain", which no ExternalSecret, SealedSecret, SecretProviderClass or Certificate in namespace "default" produces`, "spec.volumes[0].projected.sources[0].secret.name")}
}
