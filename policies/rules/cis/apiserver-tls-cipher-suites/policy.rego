# METADATA
# title: API server offers weak TLS cipher suites
# description: >-
#   --tls-cipher-suites restricts the TLS 1.2 cipher suites the kube-apiserver offers. Unset, Go's
#   defaults include CBC-mode suites without forward secrecy; the CIS Benchmark lists the ECDHE AEAD
#   suites (and the TLS 1.3 suites) as acceptable.
# custom:
#   id: apiserver-tls-cipher-suites
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.29", "NSA:network-separation"]
#   remediation: >-
#     Set `--tls-cipher-suites` to strong suites only, e.g. `TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
#     ,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_W
#     ITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,TLS_ECDHE_RSA_WITH_CHACHA
#     20_POLY1305_SHA256`.
#   parameters:
#     type: object
#     properties:
#       allowed:
#         type: array
#         items: {type: string}
#         default: ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"]
#         description: Cipher suites considered strong (IANA names as Go spells them).
#     additionalProperties: false
package kubeward.rules.cis.apiserver_tls_cipher_suites

import data.kubeward.lib.flags

_allowed := object.get(input.parameters, "allowed", ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"])

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	not flags.is_set(r, "tls-cipher-suites")
	msg := sprintf("%s does not set --tls-cipher-suites, so Go's defaults (including CBC-mode suites) are offered: only ECDHE key exchange with AEAD ciphers (GCM, ChaCha20-Poly1305) is considered strong", [flags.label(r)])
}

violation contains {"msg": msg, "details": {"path": l.path}} if {
	some r in flags.containers_of("kube-apiserver")
	l := flags.list(r, "tls-cipher-suites")
	weak := [s | some s in l.items; not s in _allowed]
	count(weak) > 0
	msg := sprintf("%s offers weak TLS cipher suites %s: only ECDHE key exchange with AEAD ciphers (GCM, ChaCha20-Poly1305) is considered strong", [flags.label(r), concat(", ", weak)])
}
