package kubeward.rules.workloads.system_namespace_workload_test

import data.kubeward.rules.workloads.system_namespace_workload as rule
import data.kubeward.test.fixtures as fx

_in(ns) := object.union(fx.of_kind("Deployment", {"containers": []}), {"review": {"namespace": ns, "object": {"metadata": {"namespace": ns}}}})

test_system_denied if {
	v := rule.violation with input as _in("kube-system")
	v == {fx.finding(`Deployment "test" runs in the system namespace "kube-system"`, "metadata.namespace")}
	w := rule.violation with input as object.union(_in("tools"), {"parameters": {"namespaces": ["tools"]}})
	w == {fx.finding(`Deployment "test" runs in the system namespace "tools"`, "metadata.namespace")}
}

test_other_allowed if {
	v := rule.violation with input as _in("shop")
	v == set()
}
