# METADATA
# title: Kubelet has no CA-issued serving certificate
# description: >-
#   The kubelet API needs a serving certificate the API server can verify: either tlsCertFile and
#   tlsPrivateKeyFile, or serverTLSBootstrap: true (the kubelet requests one through the
#   certificates API). With neither, the kubelet generates a self-signed certificate.
# custom:
#   id: kubelet-tls-certificate
#   severity: medium
#   category: cis
#   kinds: [KubeletConfiguration]
#   controls: ["CIS:4.2.9", "NSA:network-separation"]
#   remediation: >-
#     Set `serverTLSBootstrap: true` and approve the kubelet-serving CSRs, or set `tlsCertFile` and
#     `tlsPrivateKeyFile` to a certificate issued by the cluster CA.
package kubeward.rules.cis.kubelet_tls_certificate

import data.kubeward.lib.k8s

_set(field) if trim_space(k8s.string_field(k8s.resource, field)) != ""

violation contains {"msg": msg, "details": {"path": "tlsCertFile"}} if {
	not _set("tlsCertFile")
	not _set("tlsPrivateKeyFile")
	not k8s.resource.serverTLSBootstrap == true
	msg := "kubelet sets neither tlsCertFile and tlsPrivateKeyFile nor serverTLSBootstrap: true: the kubelet then serves a self-signed certificate the API server cannot verify"
}

violation contains {"msg": msg, "details": {"path": set_field}} if {
	some set_field, missing in {"tlsCertFile": "tlsPrivateKeyFile", "tlsPrivateKeyFile": "tlsCertFile"}
	_set(set_field)
	not _set(missing)
	msg := sprintf("kubelet sets %s without %s: the serving certificate is incomplete", [set_field, missing])
}
