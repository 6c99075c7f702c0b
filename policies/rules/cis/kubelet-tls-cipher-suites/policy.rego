# METADATA
# title: Kubelet offers weak TLS cipher suites
# description: >-
#   tlsCipherSuites restricts the TLS 1.2 cipher suites the kubelet API offers; unset, Go's defaults
#   include CBC-mode suites.
# custom:
#   id: kubelet-tls-cipher-suites
#   severity: medium
#   category: cis
#   kinds: [KubeletConfiguration]
#   controls: ["CIS:4.2.12", "NSA:network-separation"]
#   remediation: >-
#     Set `tlsCipherSuites` to strong suites only (ECDHE with AES-GCM or ChaCha20-Poly1305).
#   parameters:
#     type: object
#     properties:
#       allowed:
#         type: array
#         items: {type: string}
#         default: ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"]
#         description: Cipher suites considered strong (IANA names as Go spells them).
#     additionalProperties: false
package kubeward.rules.cis.kubelet_tls_cipher_suites

import data.kubeward.lib.k8s

_allowed := object.get(input.parameters, "allowed", ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"])

violation contains {"msg": "kubelet does not set tlsCipherSuites, so Go's defaults (including CBC-mode suites) are offered: only ECDHE key exchange with AEAD ciphers (GCM, ChaCha20-Poly1305) is considered strong", "details": {"path": "tlsCipherSuites"}} if {
	count(object.get(k8s.resource, "tlsCipherSuites", [])) == 0
}

violation contains {"msg": msg, "details": {"path": sprintf("tlsCipherSuites[%d]", [i])}} if {
	some i, suite in k8s.resource.tlsCipherSuites
	not suite in _allowed
	msg := sprintf("kubelet offers the weak TLS cipher suite %s: only ECDHE key exchange with AEAD ciphers (GCM, ChaCha20-Poly1305) is considered strong", [suite])
}
