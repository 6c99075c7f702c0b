package kubeward.rules.cis.kubelet_make_iptables_util_chains_test

import data.kubeward.rules.cis.kubelet_make_iptables_util_chains as rule
import data.kubeward.test.cis_fixtures as cfx

test_false_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"makeIPTablesUtilChains": false})
	v == {cfx.finding("kubelet sets makeIPTablesUtilChains: false: the kubelet then does not manage the iptables chains that keep pod networking consistent with its configuration", "makeIPTablesUtilChains")}
}

test_true_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"makeIPTablesUtilChains": true})
	v == set()
}

test_unset_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {})
	v == set()
}
