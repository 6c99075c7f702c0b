package kubeward.rules.cis.kubelet_rotate_certificates_test

import data.kubeward.rules.cis.kubelet_rotate_certificates as rule
import data.kubeward.test.cis_fixtures as cfx

test_true_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"rotateCertificates": true})
	v == set()
}

test_false_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"rotateCertificates": false})
	v == {cfx.finding("kubelet sets rotateCertificates: false: the kubelet's client certificate is then not renewed before it expires", "rotateCertificates")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {})
	v == {cfx.finding("kubelet sets rotateCertificates: unset (default false): the kubelet's client certificate is then not renewed before it expires", "rotateCertificates")}
}
