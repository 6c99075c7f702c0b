package kubeward.rules.workloads.naked_pod_test

import data.kubeward.rules.workloads.naked_pod as rule
import data.kubeward.test.fixtures as fx

_pod(meta) := object.union(fx.pod({"containers": [fx.container("web", {})]}), {"review": {"object": {"metadata": meta}}})

test_naked_denied if {
	v := rule.violation with input as _pod({})
	v == {fx.finding(`Pod "test" is not managed by a controller: nothing recreates it if its node fails or it is evicted`, "metadata")}
	w := rule.violation with input as _pod({"ownerReferences": [{"kind": "ConfigMap", "name": "c"}]})
	w == v
}

test_owned_allowed if {
	v := rule.violation with input as _pod({"ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "web-5d9c7", "controller": true}]})
	v == set()
}
