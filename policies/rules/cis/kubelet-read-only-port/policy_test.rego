package kubeward.rules.cis.kubelet_read_only_port_test

import data.kubeward.rules.cis.kubelet_read_only_port as rule
import data.kubeward.test.cis_fixtures as cfx

test_enabled_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"readOnlyPort": 10255})
	v == {cfx.finding("kubelet sets readOnlyPort: 10255: the read-only port serves pod and node details without authentication", "readOnlyPort")}
}

test_zero_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"readOnlyPort": 0})
	v == set()
}

test_unset_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {})
	v == set()
}
