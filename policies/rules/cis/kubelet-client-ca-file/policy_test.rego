package kubeward.rules.cis.kubelet_client_ca_file_test

import data.kubeward.rules.cis.kubelet_client_ca_file as rule
import data.kubeward.test.cis_fixtures as cfx

test_set_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"authentication": {"x509": {"clientCAFile": "/etc/kubernetes/pki/ca.crt"}}})
	v == set()
}

test_unset_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {})
	v == {cfx.finding("kubelet does not set authentication.x509.clientCAFile: x509 client-certificate authentication is off, so the API server cannot authenticate to the kubelet with its certificate", "authentication.x509.clientCAFile")}
}

test_empty_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"authentication": {"x509": {"clientCAFile": ""}}})
	v == {cfx.finding("kubelet does not set authentication.x509.clientCAFile: x509 client-certificate authentication is off, so the API server cannot authenticate to the kubelet with its certificate", "authentication.x509.clientCAFile")}
}
