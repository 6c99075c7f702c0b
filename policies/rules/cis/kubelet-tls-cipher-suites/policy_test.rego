package kubeward.rules.cis.kubelet_tls_cipher_suites_test

import data.kubeward.rules.cis.kubelet_tls_cipher_suites as rule
import data.kubeward.test.cis_fixtures as cfx

test_strong_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"tlsCipherSuites": ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]})
	v == set()
}

test_weak_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"tlsCipherSuites": ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA"]})
	v == {cfx.finding("kubelet offers the weak TLS cipher suite TLS_RSA_WITH_AES_128_CBC_SHA: only ECDHE key exchange with AEAD ciphers (GCM, ChaCha20-Poly1305) is considered strong", "tlsCipherSuites[1]")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {})
	v == {cfx.finding("kubelet does not set tlsCipherSuites, so Go's defaults (including CBC-mode suites) are offered: only ECDHE key exchange with AEAD ciphers (GCM, ChaCha20-Poly1305) is considered strong", "tlsCipherSuites")}
}

test_parameter if {
	v := rule.violation with input as cfx.with_params(cfx.config("KubeletConfiguration", {"tlsCipherSuites": ["TLS_RSA_WITH_AES_128_GCM_SHA256"]}), {"allowed": ["TLS_RSA_WITH_AES_128_GCM_SHA256"]})
	v == set()
}
