package kubeward.rules.cis.controller_manager_service_account_credentials_test

import data.kubeward.rules.cis.controller_manager_service_account_credentials as rule
import data.kubeward.test.cis_fixtures as cfx

test_explicit_false_denied if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--secure-port=1", "--use-service-account-credentials=false"])
	v == {cfx.finding("kube-controller-manager container \"kube-controller-manager\" sets --use-service-account-credentials=false: every controller then runs with the union of all controllers' rights", "spec.containers[0].command[2]")}
}

test_last_occurrence_wins if {
	v := rule.violation with input as cfx.static_pod_args("kube-controller-manager", "/usr/local/bin/kube-controller-manager", ["--use-service-account-credentials=true", "--use-service-account-credentials=false"])
	v == {cfx.finding("kube-controller-manager container \"kube-controller-manager\" sets --use-service-account-credentials=false: every controller then runs with the union of all controllers' rights", "spec.containers[0].args[1]")}
	w := rule.violation with input as cfx.static_pod_args("kube-controller-manager", "/usr/local/bin/kube-controller-manager", ["--use-service-account-credentials=false", "--use-service-account-credentials=true"])
	w == set()
}

test_true_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--use-service-account-credentials=true"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-controller-manager", ["--use-service-account-credentials=false"])
	v == set()
}

test_bare_flag_is_true if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--use-service-account-credentials"])
	v == set()
}

test_unset_denied if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--secure-port=1"])
	v == {cfx.finding("kube-controller-manager container \"kube-controller-manager\" does not set --use-service-account-credentials, which defaults to false: every controller then runs with the union of all controllers' rights", "spec.containers[0].command")}
}

test_unparseable_value_denied if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--use-service-account-credentials=maybe"])
	v == {cfx.finding("kube-controller-manager container \"kube-controller-manager\" sets --use-service-account-credentials=maybe: every controller then runs with the union of all controllers' rights", "spec.containers[0].command[1]")}
}
