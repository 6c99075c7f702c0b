package kubeward.rules.cis.controller_manager_root_ca_file_test

import data.kubeward.rules.cis.controller_manager_root_ca_file as rule
import data.kubeward.test.cis_fixtures as cfx

test_all_set_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--root-ca-file=/etc/kubernetes/pki/x"])
	v == set()
}

test_none_set_denied if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--secure-port=1"])
	v == {cfx.finding("kube-controller-manager container \"kube-controller-manager\" does not set --root-ca-file: pods then cannot verify the API server's serving certificate", "spec.containers[0].command")}
}

test_empty_value_denied if {
	v := rule.violation with input as cfx.static_pod_args("kube-controller-manager", "kube-controller-manager", ["--root-ca-file", "--secure-port=1"])
	v == {cfx.finding("kube-controller-manager container \"kube-controller-manager\" sets --root-ca-file to an empty value: pods then cannot verify the API server's serving certificate", "spec.containers[0].args[0]")}
}

test_space_separated_value_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--root-ca-file", "/etc/kubernetes/pki/x"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-controller-manager", [])
	v == set()
}
