package kubeward.rules.cis.kubelet_tls_certificate_test

import data.kubeward.rules.cis.kubelet_tls_certificate as rule
import data.kubeward.test.cis_fixtures as cfx

test_files_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"tlsCertFile": "/var/lib/kubelet/pki/kubelet.crt", "tlsPrivateKeyFile": "/var/lib/kubelet/pki/kubelet.key"})
	v == set()
}

test_bootstrap_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"serverTLSBootstrap": true})
	v == set()
}

test_neither_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"serverTLSBootstrap": false})
	v == {cfx.finding("kubelet sets neither tlsCertFile and tlsPrivateKeyFile nor serverTLSBootstrap: true: the kubelet then serves a self-signed certificate the API server cannot verify", "tlsCertFile")}
}

test_cert_without_key_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"tlsCertFile": "/var/lib/kubelet/pki/kubelet.crt"})
	v == {cfx.finding("kubelet sets tlsCertFile without tlsPrivateKeyFile: the serving certificate is incomplete", "tlsCertFile")}
}

test_key_without_cert_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"tlsPrivateKeyFile": "/k", "serverTLSBootstrap": true})
	v == {cfx.finding("kubelet sets tlsPrivateKeyFile without tlsCertFile: the serving certificate is incomplete", "tlsPrivateKeyFile")}
}
