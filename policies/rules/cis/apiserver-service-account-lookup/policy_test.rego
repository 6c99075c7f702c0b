package kubeward.rules.cis.apiserver_service_account_lookup_test

import data.kubeward.rules.cis.apiserver_service_account_lookup as rule
import data.kubeward.test.cis_fixtures as cfx

test_explicit_false_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1", "--service-account-lookup=false"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --service-account-lookup=false: tokens of deleted service accounts keep working", "spec.containers[0].command[2]")}
}

test_last_occurrence_wins if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "/usr/local/bin/kube-apiserver", ["--service-account-lookup=true", "--service-account-lookup=false"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --service-account-lookup=false: tokens of deleted service accounts keep working", "spec.containers[0].args[1]")}
	w := rule.violation with input as cfx.static_pod_args("kube-apiserver", "/usr/local/bin/kube-apiserver", ["--service-account-lookup=false", "--service-account-lookup=true"])
	w == set()
}

test_true_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--service-account-lookup=true"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", ["--service-account-lookup=false"])
	v == set()
}

test_bare_flag_is_true if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--service-account-lookup"])
	v == set()
}

test_unset_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == set()
}
