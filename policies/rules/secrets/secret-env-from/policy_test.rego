package kubeward.rules.secrets.secret_env_from_test

import data.kubeward.rules.secrets.secret_env_from as rule
import data.kubeward.test.fixtures as fx

test_env_from_secret_denied if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {"envFrom": [
		{"configMapRef": {"name": "web-config"}},
		{"secretRef": {"name": "web-secrets"}, "prefix": "APP_"},
	]})]})
	v == {fx.finding(`container "web" loads every key of Secret "web-secrets" into its environment (envFrom)`, "spec.containers[0].envFrom[1].secretRef")}
}

test_every_workload_kind_denied if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"initContainers": [fx.container("init", {"envFrom": [{"secretRef": {"name": "s"}}]})], "containers": [fx.container("web", {})]})
		v == {fx.finding(`init container "init" loads every key of Secret "s" into its environment (envFrom)`, sprintf("%s.initContainers[0].envFrom[0].secretRef", [prefix]))}
	}
}

test_config_maps_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {"envFrom": [{"configMapRef": {"name": "web-config"}}]})]})
	v == set()
}
