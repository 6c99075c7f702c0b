package kubeward.rules.workloads.rolling_update_unavailable_all_test

import data.kubeward.rules.workloads.rolling_update_unavailable_all as rule
import data.kubeward.test.fixtures as fx

_dep(replicas, strategy) := object.union(fx.of_kind("Deployment", {"containers": [fx.container("web", {})]}), {"review": {"object": {"metadata": {"name": "web"}, "spec": {"replicas": replicas, "strategy": strategy}}}})

_ds(strategy) := object.union(fx.of_kind("DaemonSet", {"containers": [fx.container("agent", {})]}), {"review": {"object": {"metadata": {"name": "agent"}, "spec": {"updateStrategy": strategy}}}})

test_all_unavailable_denied if {
	v := rule.violation with input as _dep(3, {"rollingUpdate": {"maxUnavailable": "100%"}})
	v == {fx.finding(`Deployment "web" allows maxUnavailable 100% during a rolling update: every pod may be down at once`, "spec.strategy.rollingUpdate.maxUnavailable")}
	w := rule.violation with input as _dep(3, {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 3}})
	w == {fx.finding(`Deployment "web" allows maxUnavailable 3 during a rolling update: every pod may be down at once`, "spec.strategy.rollingUpdate.maxUnavailable")}
	x := rule.violation with input as _ds({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "100%"}})
	x == {fx.finding(`DaemonSet "agent" allows maxUnavailable 100% during a rolling update: every pod may be down at once`, "spec.updateStrategy.rollingUpdate.maxUnavailable")}
}

test_allowed if {
	v := rule.violation with input as _dep(3, {"rollingUpdate": {"maxUnavailable": 1}})
	v == set()
	w := rule.violation with input as _dep(1, {"rollingUpdate": {"maxUnavailable": 1}})
	w == set()
	x := rule.violation with input as _dep(3, {"type": "Recreate"})
	x == set()
	y := rule.violation with input as _ds({"rollingUpdate": {"maxUnavailable": 50}})
	y == set()
	z := rule.violation with input as _dep(3, {"rollingUpdate": {"maxUnavailable": "25%"}})
	z == set()
}
