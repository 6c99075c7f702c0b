package kubeward.rules.cis.controller_manager_service_account_private_key_test

import data.kubeward.rules.cis.controller_manager_service_account_private_key as rule
import data.kubeward.test.cis_fixtures as cfx

test_all_set_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--service-account-private-key-file=/etc/kubernetes/pki/x"])
	v == set()
}

test_none_set_denied if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--secure-port=1"])
	v == {cfx.finding("kube-controller-manager container \"kube-controller-manager\" does not set --service-account-private-key-file: legacy service account token Secrets cannot be signed with a dedicated rotatable key", "spec.containers[0].command")}
}

test_empty_value_denied if {
	v := rule.violation with input as cfx.static_pod_args("kube-controller-manager", "kube-controller-manager", ["--service-account-private-key-file", "--secure-port=1"])
	v == {cfx.finding("kube-controller-manager container \"kube-controller-manager\" sets --service-account-private-key-file to an empty value: legacy service account token Secrets cannot be signed with a dedicated rotatable key", "spec.containers[0].args[0]")}
}

test_space_separated_value_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--service-account-private-key-file", "/etc/kubernetes/pki/x"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-controller-manager", [])
	v == set()
}
