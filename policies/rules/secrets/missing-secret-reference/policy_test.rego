package kubeward.rules.secrets.missing_secret_reference_test

import data.kubeward.rules.secrets.missing_secret_reference as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.secrets_fixtures as sfx

_db := {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db", "namespace": "default"}}

_spec := {
	"containers": [fx.container("web", {
		"env": [
			{"name": "A", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
			{"name": "B", "valueFrom": {"secretKeyRef": {"name": "api", "key": "token"}}},
			{"name": "C", "valueFrom": {"secretKeyRef": {"name": "extra", "key": "k", "optional": true}}},
			{"name": "D", "valueFrom": {"configMapKeyRef": {"name": "cfg", "key": "k"}}},
			{"name": "E", "value": "x"},
		],
		"envFrom": [{"secretRef": {"name": "bulk"}}, {"secretRef": {"name": ""}}],
	})],
	"volumes": [
		{"name": "certs", "secret": {"secretName": "certs"}},
		{"name": "maybe", "secret": {"secretName": "maybe", "optional": true}},
		{"name": "cache", "emptyDir": {}},
		{"name": "bundle", "projected": {"sources": [{"secret": {"name": "bundle"}}, {"serviceAccountToken": {"path": "t"}}]}},
	],
}

test_missing_secrets_denied if {
	v := rule.violation with input as fx.pod(_spec) with data.inventory as sfx.inventory([_db])
	v == {
		fx.finding(`container "web" env "B" references Secret "api", which is not in namespace "default" of the scanned objects`, "spec.containers[0].env[1].valueFrom.secretKeyRef.name"),
		fx.finding(`container "web" envFrom references Secret "bulk", which is not in namespace "default" of the scanned objects`, "spec.containers[0].envFrom[0].secretRef.name"),
		fx.finding(`volume "certs" references Secret "certs", which is not in namespace "default" of the scanned objects`, "spec.volumes[0].secret.secretName"),
		fx.finding(`projected volume "bundle" references Secret "bundle", which is not in namespace "default" of the scanned objects`, "spec.volumes[3].projected.sources[0].secret.name"),
	}
}

test_other_namespace_does_not_count if {
	deployment := fx.workload("Deployment", {}, {"containers": [fx.container("w", {"envFrom": [{"secretRef": {"name": "db"}}]})]})
	obj := object.union(deployment, {"metadata": {"namespace": "prod"}})
	v := rule.violation with input as fx.review(obj) with data.inventory as sfx.inventory([_db])
	v == {fx.finding(`container "w" envFrom references Secret "db", which is not in namespace "prod" of the scanned objects`, "spec.template.spec.containers[0].envFrom[0].secretRef.name")}
}

test_all_present_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {"envFrom": [{"secretRef": {"name": "db"}}]})]}) with data.inventory as sfx.inventory([_db])
	v == set()
}
