package kubeward.rules.workloads.duplicate_env_names_test

import data.kubeward.rules.workloads.duplicate_env_names as rule
import data.kubeward.test.fixtures as fx

_env(names) := [{"name": n, "value": "x"} | some n in names]

test_duplicates_denied if {
	v := rule.violation with input as fx.of_kind("CronJob", {
		"initContainers": [fx.container("init", {"env": _env(["A", "A"])})],
		"containers": [fx.container("web", {"env": _env(["LOG_LEVEL", "PORT", "LOG_LEVEL", "LOG_LEVEL"])}), fx.container("ok", {"env": _env(["A", "B"])})],
	})
	v == {
		fx.finding(`init container "init" sets environment variable "A" again at env[1] (first at env[0]); the last value wins`, "spec.jobTemplate.spec.template.spec.initContainers[0].env[1]"),
		fx.finding(`container "web" sets environment variable "LOG_LEVEL" again at env[2] (first at env[0]); the last value wins`, "spec.jobTemplate.spec.template.spec.containers[0].env[2]"),
		fx.finding(`container "web" sets environment variable "LOG_LEVEL" again at env[3] (first at env[2]); the last value wins`, "spec.jobTemplate.spec.template.spec.containers[0].env[3]"),
	}
}
