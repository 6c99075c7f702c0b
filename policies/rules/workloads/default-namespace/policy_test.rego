package kubeward.rules.workloads.default_namespace_test

import data.kubeward.rules.workloads.default_namespace as rule
import data.kubeward.test.fixtures as fx

test_default_denied if {
	v := rule.violation with input as fx.of_kind("Deployment", {"containers": [fx.container("web", {})]})
	v == {fx.finding(`Deployment "test" is in the default namespace`, "metadata.namespace")}
}

test_other_or_unset_allowed if {
	v := rule.violation with input as object.union(fx.pod({"containers": []}), {"review": {"object": {"metadata": {"namespace": "shop"}}}})
	v == set()
	w := rule.violation with input as {"review": {"kind": {"kind": "ConfigMap"}, "object": {"kind": "ConfigMap", "metadata": {"name": "c"}}}}
	w == set()
}
