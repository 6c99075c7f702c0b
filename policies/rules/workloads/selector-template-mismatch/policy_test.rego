package kubeward.rules.workloads.selector_template_mismatch_test

import data.kubeward.rules.workloads.selector_template_mismatch as rule
import data.kubeward.test.fixtures as fx

_with(kind, spec) := object.union(fx.of_kind(kind, {"containers": [fx.container("web", {})]}), {"review": {"object": {"spec": spec}}})

test_mismatch_denied if {
	every kind in ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet"] {
		v := rule.violation with input as _with(kind, {"selector": {"matchLabels": {"app": "other"}}})
		v == {fx.finding(sprintf(`%s "test" has a selector that does not match its pod template's labels {"app": "test"}`, [kind]), "spec.selector")}
	}
	w := rule.violation with input as json.remove(_with("ReplicationController", {}), ["review/object/spec/selector"])
	w == set()
	x := rule.violation with input as object.union(json.remove(_with("ReplicationController", {}), ["review/object/spec/selector"]), {"review": {"object": {"spec": {"selector": {"app": "x"}}}}})
	x == {fx.finding(`ReplicationController "test" has a selector that does not match its pod template's labels {"app": "test"}`, "spec.selector")}
	y := rule.violation with input as _with("Job", {"manualSelector": true, "selector": {"matchExpressions": [{"key": "app", "operator": "NotIn", "values": ["test"]}]}})
	y == {fx.finding(`Job "test" has a selector that does not match its pod template's labels {"app": "test"}`, "spec.selector")}
}

test_match_allowed if {
	v := rule.violation with input as _with("Deployment", {})
	v == set()
	w := rule.violation with input as object.union(json.remove(_with("ReplicationController", {}), ["review/object/spec/selector"]), {"review": {"object": {"spec": {"selector": {"app": "test"}}}}})
	w == set()
	x := rule.violation with input as _with("Job", {"selector": {"matchLabels": {"controller-uid": "x"}}})
	x == set()
}
