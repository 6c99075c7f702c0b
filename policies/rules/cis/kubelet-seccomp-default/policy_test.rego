package kubeward.rules.cis.kubelet_seccomp_default_test

import data.kubeward.rules.cis.kubelet_seccomp_default as rule
import data.kubeward.test.cis_fixtures as cfx

test_true_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"seccompDefault": true})
	v == set()
}

test_false_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"seccompDefault": false})
	v == {cfx.finding("kubelet sets seccompDefault: false: containers without a seccomp profile then run unconfined", "seccompDefault")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {})
	v == {cfx.finding("kubelet sets seccompDefault: unset (default false): containers without a seccomp profile then run unconfined", "seccompDefault")}
}
