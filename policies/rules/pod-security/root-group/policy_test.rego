package kubeward.rules.pod_security.root_group_test

import data.kubeward.rules.pod_security.root_group as rule
import data.kubeward.test.fixtures as fx

test_denied if {
	v := rule.violation with input as fx.of_kind("StatefulSet", {
		"securityContext": {"runAsGroup": 0, "supplementalGroups": [2000, 0]},
		"containers": [fx.container("db", {}), fx.container("ok", {"securityContext": {"runAsGroup": 10001}})],
		"initContainers": [fx.container("init", {"securityContext": {"runAsGroup": 0}})],
	})
	v == {
		fx.finding(`container "db" runs with the root group as its primary group (runAsGroup 0)`, "spec.template.spec.securityContext.runAsGroup"),
		fx.finding(`init container "init" runs with the root group as its primary group (runAsGroup 0)`, "spec.template.spec.initContainers[0].securityContext.runAsGroup"),
		fx.finding("the pod adds the root group to its supplementary groups (supplementalGroups contains 0)", "spec.template.spec.securityContext.supplementalGroups[1]"),
	}
}

test_allowed if {
	v := rule.violation with input as fx.pod({"securityContext": {"runAsGroup": 3000, "supplementalGroups": [4000]}, "containers": [fx.container("a", {})]})
	v == set()
}

test_exemptions if {
	spec := {"securityContext": {"runAsGroup": 0, "supplementalGroups": [0]}, "containers": [fx.container("a", {})]}
	v1 := rule.violation with input as fx.pod(object.union(spec, {"hostUsers": false}))
	v1 == set()
	v2 := rule.violation with input as fx.pod(object.union(spec, {"os": {"name": "windows"}}))
	v2 == set()
}
