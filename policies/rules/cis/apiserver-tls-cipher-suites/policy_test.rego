package kubeward.rules.cis.apiserver_tls_cipher_suites_test

import data.kubeward.rules.cis.apiserver_tls_cipher_suites as rule
import data.kubeward.test.cis_fixtures as cfx

test_strong_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"])
	v == set()
}

test_weak_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=6443", "--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_RSA_WITH_AES_128_CBC_SHA,TLS_RSA_WITH_3DES_EDE_CBC_SHA"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" offers weak TLS cipher suites TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA: only ECDHE key exchange with AEAD ciphers (GCM, ChaCha20-Poly1305) is considered strong", "spec.containers[0].command[2]")}
}

test_repeated_flags_accumulate if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "--tls-cipher-suites", "TLS_RSA_WITH_RC4_128_SHA"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" offers weak TLS cipher suites TLS_RSA_WITH_RC4_128_SHA: only ECDHE key exchange with AEAD ciphers (GCM, ChaCha20-Poly1305) is considered strong", "spec.containers[0].command[3]")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=6443"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --tls-cipher-suites, so Go's defaults (including CBC-mode suites) are offered: only ECDHE key exchange with AEAD ciphers (GCM, ChaCha20-Poly1305) is considered strong", "spec.containers[0].command")}
}

test_allowed_list_parameter if {
	v := rule.violation with input as cfx.with_params(cfx.static_pod("kube-apiserver", ["--tls-cipher-suites=TLS_RSA_WITH_AES_128_GCM_SHA256"]), {"allowed": ["TLS_RSA_WITH_AES_128_GCM_SHA256"]})
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", ["--tls-cipher-suites=TLS_RSA_WITH_RC4_128_SHA"])
	v == set()
}
