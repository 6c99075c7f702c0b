package kubeward.rules.cis.apiserver_service_account_extend_token_expiration_test

import data.kubeward.rules.cis.apiserver_service_account_extend_token_expiration as rule
import data.kubeward.test.cis_fixtures as cfx

test_explicit_true_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1", "--service-account-extend-token-expiration=true"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --service-account-extend-token-expiration=true: projected tokens are then valid for a year instead of their requested lifetime", "spec.containers[0].command[2]")}
}

test_last_occurrence_wins if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "/usr/local/bin/kube-apiserver", ["--service-account-extend-token-expiration=false", "--service-account-extend-token-expiration=true"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --service-account-extend-token-expiration=true: projected tokens are then valid for a year instead of their requested lifetime", "spec.containers[0].args[1]")}
	w := rule.violation with input as cfx.static_pod_args("kube-apiserver", "/usr/local/bin/kube-apiserver", ["--service-account-extend-token-expiration=true", "--service-account-extend-token-expiration=false"])
	w == set()
}

test_false_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--service-account-extend-token-expiration=false"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", ["--service-account-extend-token-expiration=true"])
	v == set()
}

test_bare_flag_is_true if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--service-account-extend-token-expiration", "false"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --service-account-extend-token-expiration=true: projected tokens are then valid for a year instead of their requested lifetime", "spec.containers[0].command[1]")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --service-account-extend-token-expiration, which defaults to true: projected tokens are then valid for a year instead of their requested lifetime", "spec.containers[0].command")}
}

test_unparseable_value_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--service-account-extend-token-expiration=maybe"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --service-account-extend-token-expiration=maybe: projected tokens are then valid for a year instead of their requested lifetime", "spec.containers[0].command[1]")}
}
