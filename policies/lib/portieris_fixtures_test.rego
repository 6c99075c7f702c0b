# Test fixtures for the Portieris-driven image rules: a ClusterImagePolicy and a namespace's own
# ImagePolicies, modelled on Portieris' documentation.
package kubeward.test.portieris_fixtures

import data.kubeward.test.fixtures as fx
import data.kubeward.test.secrets_fixtures as sfx

_gv := "securityenforcement.admission.cloud.ibm.com/v1beta1"

cluster_policy := {"apiVersion": _gv, "kind": "ClusterImagePolicy", "metadata": {"name": "default"}, "spec": {"repositories": [
	{"name": "icr.io/*", "policy": {"trust": {"enabled": true}}},
	{"name": "icr.io/ibm/*", "policy": {}},
	{"name": "docker.io/library/*", "policy": {}},
]}}

payments_policies := [
	{"apiVersion": _gv, "kind": "ImagePolicy", "metadata": {"name": "signed", "namespace": "payments"}, "spec": {"repositories": [
		{"name": "icr.io/payments/*", "policy": {"trust": {"enabled": true, "signerSecrets": [{"name": "payments-ci"}]}}},
		{"name": "icr.io/payments/tools/*", "policy": {"simple": {"requirements": [{"type": "signedBy", "keySecret": "tools-key"}]}}},
	]}},
	{"apiVersion": _gv, "kind": "ImagePolicy", "metadata": {"name": "blocked", "namespace": "payments"}, "spec": {"repositories": [
		{"name": "icr.io/payments/legacy/*", "policy": {"simple": {"requirements": [{"type": "reject"}]}}},
		{"name": "quay.io/prometheus/statsd-exporter", "policy": {}},
	]}},
]

inventory := sfx.inventory_of(array.concat([cluster_policy], payments_policies))

pod(ns, images) := fx.review(object.union(fx.workload("Pod", {}, {"containers": [fx.container(sprintf("c%d", [i]), {"image": img}) | some i, img in images]}), {"metadata": {"namespace": ns}}))
