package kubeward.rules.workloads.required_labels_test

import data.kubeward.rules.workloads.required_labels as rule
import data.kubeward.test.fixtures as fx

_dep(labels) := object.union(fx.of_kind("Deployment", {"containers": []}), {"review": {"object": {"metadata": {"labels": labels}}}})

test_missing_denied if {
	v := rule.violation with input as _dep({"app": "web", "app.kubernetes.io/name": ""})
	v == {fx.finding(`Deployment "test" has no "app.kubernetes.io/name" label`, "metadata.labels")}
	w := rule.violation with input as fx.of_kind("Deployment", {"containers": []})
	w == {fx.finding(`Deployment "test" has no "app.kubernetes.io/name" label`, "metadata")}
	x := rule.violation with input as object.union(_dep({"team": "a"}), {"parameters": {"labels": ["team", "owner"]}})
	x == {fx.finding(`Deployment "test" has no "owner" label`, "metadata.labels")}
}

test_present_allowed if {
	v := rule.violation with input as _dep({"app.kubernetes.io/name": "web"})
	v == set()
}
