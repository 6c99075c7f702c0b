package kubeward.rules.workloads.namespace_missing_test

import data.kubeward.rules.workloads.namespace_missing as rule
import data.kubeward.test.fixtures as fx

test_missing_denied if {
	v := rule.violation with input as {"review": {"kind": {"kind": "ConfigMap"}, "object": {"kind": "ConfigMap", "metadata": {"name": "c"}}}}
	v == {fx.finding(`ConfigMap "c" sets no namespace: it goes wherever it is applied, the default namespace unless told otherwise`, "metadata")}
	w := rule.violation with input as {"review": {"kind": {"kind": "ConfigMap"}, "object": {"kind": "ConfigMap", "metadata": {"name": "c", "namespace": ""}}}}
	w == v
}

test_set_allowed if {
	v := rule.violation with input as fx.of_kind("Deployment", {"containers": []})
	v == set()
}
