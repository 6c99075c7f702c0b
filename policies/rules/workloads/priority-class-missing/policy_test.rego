package kubeward.rules.workloads.priority_class_missing_test

import data.kubeward.rules.workloads.priority_class_missing as rule
import data.kubeward.test.fixtures as fx

test_missing_denied if {
	v := rule.violation with input as fx.of_kind("StatefulSet", {"containers": []})
	v == {fx.finding(`StatefulSet "test" sets no priorityClassName: it competes at the default priority`, "spec.template.spec")}
}

test_set_allowed if {
	v := rule.violation with input as fx.of_kind("Deployment", {"priorityClassName": "standard", "containers": []})
	v == set()
}
