package kubeward.rules.cis.kubelet_pod_pids_limit_test

import data.kubeward.rules.cis.kubelet_pod_pids_limit as rule
import data.kubeward.test.cis_fixtures as cfx

test_limit_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"podPidsLimit": 4096})
	v == set()
}

test_unset_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {})
	v == {cfx.finding("kubelet sets podPidsLimit: -1: one pod can exhaust the node's process IDs (a fork bomb takes the node down)", "podPidsLimit")}
}

test_zero_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"podPidsLimit": 0})
	v == {cfx.finding("kubelet sets podPidsLimit: 0: one pod can exhaust the node's process IDs (a fork bomb takes the node down)", "podPidsLimit")}
}
