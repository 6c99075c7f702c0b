package kubeward.rules.secrets.missing_configmap_reference_test

import data.kubeward.rules.secrets.missing_configmap_reference as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.secrets_fixtures as sfx

_cfg := {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cfg", "namespace": "default"}}

test_missing_configmaps_denied if {
	v := rule.violation with input as fx.pod({
		"initContainers": [fx.container("init", {"env": [
			{"name": "A", "valueFrom": {"configMapKeyRef": {"name": "cfg", "key": "a"}}},
			{"name": "B", "valueFrom": {"configMapKeyRef": {"name": "flags", "key": "b"}}},
			{"name": "C", "valueFrom": {"secretKeyRef": {"name": "s", "key": "c"}}},
		]})],
		"containers": [fx.container("web", {"envFrom": [{"configMapRef": {"name": "env"}}, {"configMapRef": {"name": "opt", "optional": true}}]})],
		"volumes": [
			{"name": "conf", "configMap": {"name": "nginx-conf"}},
			{"name": "ok", "configMap": {"name": "cfg"}},
			{"name": "p", "projected": {"sources": [{"configMap": {"name": "ca-bundle"}}]}},
		],
	})
		with data.inventory as sfx.inventory([_cfg])
	v == {
		fx.finding(`init container "init" env "B" references ConfigMap "flags", which is not in namespace "default" of the scanned objects`, "spec.initContainers[0].env[1].valueFrom.configMapKeyRef.name"),
		fx.finding(`container "web" envFrom references ConfigMap "env", which is not in namespace "default" of the scanned objects`, "spec.containers[0].envFrom[0].configMapRef.name"),
		fx.finding(`volume "conf" references ConfigMap "nginx-conf", which is not in namespace "default" of the scanned objects`, "spec.volumes[0].configMap.name"),
		fx.finding(`projected volume "p" references ConfigMap "ca-bundle", which is not in namespace "default" of the scanned objects`, "spec.volumes[2].projected.sources[0].configMap.name"),
	}
}

test_present_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {})], "volumes": [{"name": "ok", "configMap": {"name": "cfg"}}, {"name": "kube-api-access", "projected": {"sources": [{"serviceAccountToken": {"path": "token"}}, {"configMap": {"name": "kube-root-ca.crt", "items": [{"key": "ca.crt", "path": "ca.crt"}]}}]}}]}) with data.inventory as sfx.inventory([_cfg])
	v == set()
}
