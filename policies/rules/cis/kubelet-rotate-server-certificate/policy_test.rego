package kubeward.rules.cis.kubelet_rotate_server_certificate_test

import data.kubeward.rules.cis.kubelet_rotate_server_certificate as rule
import data.kubeward.test.cis_fixtures as cfx

test_disabled_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"featureGates": {"RotateKubeletServerCertificate": false}})
	v == {cfx.finding("kubelet sets featureGates.RotateKubeletServerCertificate: false: kubelet serving certificates are then not requested and rotated through the certificates API", "featureGates.RotateKubeletServerCertificate")}
}

test_enabled_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"featureGates": {"RotateKubeletServerCertificate": true}})
	v == set()
}

test_unset_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"featureGates": {"Other": false}})
	v == set()
}
