package kubeward.rules.cis.apiserver_audit_policy_file_test

import data.kubeward.rules.cis.apiserver_audit_policy_file as rule
import data.kubeward.test.cis_fixtures as cfx

test_all_set_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--audit-policy-file=/etc/kubernetes/pki/x"])
	v == set()
}

test_none_set_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --audit-policy-file: without an audit policy the API server records no audit events", "spec.containers[0].command")}
}

test_empty_value_denied if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "kube-apiserver", ["--audit-policy-file", "--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --audit-policy-file to an empty value: without an audit policy the API server records no audit events", "spec.containers[0].args[0]")}
}

test_space_separated_value_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--audit-policy-file", "/etc/kubernetes/pki/x"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", [])
	v == set()
}
