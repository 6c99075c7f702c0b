package kubeward.rules.cis.apiserver_tls_certificate_test

import data.kubeward.rules.cis.apiserver_tls_certificate as rule
import data.kubeward.test.cis_fixtures as cfx

test_all_set_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--tls-cert-file=/etc/kubernetes/pki/x", "--tls-private-key-file=/etc/kubernetes/pki/x"])
	v == set()
}

test_none_set_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --tls-cert-file: the API server otherwise serves a self-signed certificate clients cannot verify", "spec.containers[0].command"), cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --tls-private-key-file: the API server otherwise serves a self-signed certificate clients cannot verify", "spec.containers[0].command")}
}

test_empty_value_denied if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "kube-apiserver", ["--tls-cert-file=/etc/kubernetes/pki/x", "--tls-private-key-file", "--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --tls-private-key-file to an empty value: the API server otherwise serves a self-signed certificate clients cannot verify", "spec.containers[0].args[1]")}
}

test_space_separated_value_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--tls-cert-file", "/etc/kubernetes/pki/x", "--tls-private-key-file", "/etc/kubernetes/pki/x"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", [])
	v == set()
}
