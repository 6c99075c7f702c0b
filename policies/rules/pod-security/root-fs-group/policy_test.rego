package kubeward.rules.pod_security.root_fs_group_test

import data.kubeward.rules.pod_security.root_fs_group as rule
import data.kubeward.test.fixtures as fx

test_every_kind_denied if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"securityContext": {"fsGroup": 0}, "containers": [fx.container("a", {})]})
		v == {fx.finding("the pod sets fsGroup 0: every volume and every container gets the root group", sprintf("%s.securityContext.fsGroup", [prefix]))}
	}
}

test_allowed if {
	v1 := rule.violation with input as fx.pod({"securityContext": {"fsGroup": 10001}, "containers": [fx.container("a", {})]})
	v1 == set()
	v2 := rule.violation with input as fx.pod({"containers": [fx.container("a", {})]})
	v2 == set()
	v3 := rule.violation with input as fx.pod({"hostUsers": false, "securityContext": {"fsGroup": 0}, "containers": [fx.container("a", {})]})
	v3 == set()
	v4 := rule.violation with input as fx.pod({"os": {"name": "windows"}, "securityContext": {"fsGroup": 0}, "containers": [fx.container("a", {})]})
	v4 == set()
}
