package kubeward.rules.cis.apiserver_kubelet_client_certificate_test

import data.kubeward.rules.cis.apiserver_kubelet_client_certificate as rule
import data.kubeward.test.cis_fixtures as cfx

test_all_set_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--kubelet-client-certificate=/etc/kubernetes/pki/x", "--kubelet-client-key=/etc/kubernetes/pki/x"])
	v == set()
}

test_none_set_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --kubelet-client-certificate: without a client certificate the API server cannot authenticate to kubelets that require it, inviting anonymous kubelet access", "spec.containers[0].command"), cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --kubelet-client-key: without a client certificate the API server cannot authenticate to kubelets that require it, inviting anonymous kubelet access", "spec.containers[0].command")}
}

test_empty_value_denied if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "kube-apiserver", ["--kubelet-client-certificate=/etc/kubernetes/pki/x", "--kubelet-client-key", "--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --kubelet-client-key to an empty value: without a client certificate the API server cannot authenticate to kubelets that require it, inviting anonymous kubelet access", "spec.containers[0].args[1]")}
}

test_space_separated_value_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--kubelet-client-certificate", "/etc/kubernetes/pki/x", "--kubelet-client-key", "/etc/kubernetes/pki/x"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", [])
	v == set()
}
