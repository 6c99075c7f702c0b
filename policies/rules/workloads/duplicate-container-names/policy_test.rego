package kubeward.rules.workloads.duplicate_container_names_test

import data.kubeward.rules.workloads.duplicate_container_names as rule
import data.kubeward.test.fixtures as fx

test_duplicates_denied if {
	v := rule.violation with input as fx.of_kind("Deployment", {
		"initContainers": [fx.container("app", {})],
		"containers": [fx.container("app", {}), fx.container("sidecar", {}), fx.container("sidecar", {})],
		"ephemeralContainers": [fx.container("debug", {})],
	})
	v == {
		fx.finding(`container "app" repeats the name of init container "app" at spec.template.spec.initContainers[0]`, "spec.template.spec.containers[0].name"),
		fx.finding(`container "sidecar" repeats the name of container "sidecar" at spec.template.spec.containers[1]`, "spec.template.spec.containers[2].name"),
	}
}

test_index_order_numeric if {
	names := [sprintf("c%d", [i]) | some i in numbers.range(0, 10)]
	cs := array.concat([fx.container(n, {}) | some n in names], [fx.container("c2", {})])
	v := rule.violation with input as fx.pod({"containers": cs})
	v == {fx.finding(`container "c2" repeats the name of container "c2" at spec.containers[2]`, "spec.containers[11].name")}
}

test_unique_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("a", {}), fx.container("b", {})]})
	v == set()
}
