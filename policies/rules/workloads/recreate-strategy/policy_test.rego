package kubeward.rules.workloads.recreate_strategy_test

import data.kubeward.rules.workloads.recreate_strategy as rule
import data.kubeward.test.fixtures as fx

_dep(replicas, type) := object.union(fx.of_kind("Deployment", {"containers": [fx.container("web", {})]}), {"review": {"object": {"metadata": {"name": "web"}, "spec": {"replicas": replicas, "strategy": {"type": type}}}}})

test_recreate_denied if {
	v := rule.violation with input as _dep(3, "Recreate")
	v == {fx.finding(`Deployment "web" runs 3 replicas with the Recreate strategy: every rollout stops all of them first`, "spec.strategy.type")}
}

test_allowed if {
	v := rule.violation with input as _dep(1, "Recreate")
	v == set()
	w := rule.violation with input as _dep(3, "RollingUpdate")
	w == set()
}
