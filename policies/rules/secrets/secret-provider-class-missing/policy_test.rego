package kubeward.rules.secrets.secret_provider_class_missing_test

import data.kubeward.rules.secrets.secret_provider_class_missing as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.secrets_fixtures as sfx

_classes := [
	{"apiVersion": "secrets-store.csi.x-k8s.io/v1", "kind": "SecretProviderClass", "metadata": {"name": "vault-db", "namespace": "default"}, "spec": {"provider": "vault"}},
	{"apiVersion": "secrets-store.csi.x-k8s.io/v1alpha1", "kind": "SecretProviderClass", "metadata": {"name": "old", "namespace": "default"}, "spec": {"provider": "azure"}},
	{"apiVersion": "secrets-store.csi.x-k8s.io/v1", "kind": "SecretProviderClass", "metadata": {"name": "prod-only", "namespace": "prod"}, "spec": {"provider": "aws"}},
]

_csi(name, attrs) := {"name": name, "csi": {"driver": "secrets-store.csi.k8s.io", "readOnly": true, "volumeAttributes": attrs}}

test_missing_classes_denied if {
	spec := {"containers": [fx.container("web", {})], "volumes": [
		_csi("a", {"secretProviderClass": "vault-db"}),
		_csi("b", {"secretProviderClass": "old"}),
		_csi("c", {"secretProviderClass": "prod-only"}),
		{"name": "d", "csi": {"driver": "secrets-store.csi.k8s.io"}},
		{"name": "e", "csi": {"driver": "ebs.csi.aws.com", "volumeAttributes": {"secretProviderClass": "nope"}}},
	]}
	v := rule.violation with input as fx.pod(spec) with data.inventory as sfx.inventory_of(_classes)
	v == {
		fx.finding(`volume "c" mounts SecretProviderClass "prod-only", which is not in namespace "default" of the scanned objects`, "spec.volumes[2].csi.volumeAttributes.secretProviderClass"),
		fx.finding(`volume "d" uses the Secrets Store CSI driver without volumeAttributes.secretProviderClass`, "spec.volumes[3].csi"),
	}
}

test_present_classes_allowed if {
	deployment := fx.workload("Deployment", {}, {"containers": [fx.container("web", {})], "volumes": [_csi("a", {"secretProviderClass": "vault-db"})]})
	v := rule.violation with input as fx.review(deployment) with data.inventory as sfx.inventory_of(_classes)
	v == set()
}
