package kubeward.rules.secrets.secret_env_var_test

import data.kubeward.rules.secrets.secret_env_var as rule
import data.kubeward.test.fixtures as fx

_ref_env := {"env": [
	{"name": "LOG_LEVEL", "value": "info"},
	{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
	{"name": "POD_IP", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}},
]}

test_secret_key_ref_denied if {
	v := rule.violation with input as fx.pod({"initContainers": [fx.container("migrate", _ref_env)], "containers": [fx.container("web", _ref_env)]})
	v == {
		fx.finding(`init container "migrate" reads key "password" of Secret "db" into environment variable "DB_PASSWORD"`, "spec.initContainers[0].env[1].valueFrom.secretKeyRef"),
		fx.finding(`container "web" reads key "password" of Secret "db" into environment variable "DB_PASSWORD"`, "spec.containers[0].env[1].valueFrom.secretKeyRef"),
	}
}

test_every_workload_kind_denied if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"containers": [fx.container("web", _ref_env)]})
		v == {fx.finding(`container "web" reads key "password" of Secret "db" into environment variable "DB_PASSWORD"`, sprintf("%s.containers[0].env[1].valueFrom.secretKeyRef", [prefix]))}
	}
}

test_files_and_configmaps_allowed if {
	v := rule.violation with input as fx.pod({
		"containers": [fx.container("web", {
			"env": [{"name": "MODE", "valueFrom": {"configMapKeyRef": {"name": "cfg", "key": "mode"}}}],
			"volumeMounts": [{"name": "db", "mountPath": "/etc/db", "readOnly": true}],
		})],
		"volumes": [{"name": "db", "secret": {"secretName": "db"}}],
	})
	v == set()
}
