package kubeward.rules.cis.apiserver_kubelet_certificate_authority_test

import data.kubeward.rules.cis.apiserver_kubelet_certificate_authority as rule
import data.kubeward.test.cis_fixtures as cfx

test_all_set_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--kubelet-certificate-authority=/etc/kubernetes/pki/x"])
	v == set()
}

test_none_set_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --kubelet-certificate-authority: the API server connects to kubelets without verifying their serving certificate, so the connection can be intercepted", "spec.containers[0].command")}
}

test_empty_value_denied if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "kube-apiserver", ["--kubelet-certificate-authority", "--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --kubelet-certificate-authority to an empty value: the API server connects to kubelets without verifying their serving certificate, so the connection can be intercepted", "spec.containers[0].args[0]")}
}

test_space_separated_value_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--kubelet-certificate-authority", "/etc/kubernetes/pki/x"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", [])
	v == set()
}
