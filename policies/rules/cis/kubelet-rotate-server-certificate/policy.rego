# METADATA
# title: Kubelet disables the RotateKubeletServerCertificate feature gate
# description: >-
#   The RotateKubeletServerCertificate feature gate (on by default) lets the kubelet request and
#   rotate its serving certificate through the certificates API;
#   featureGates.RotateKubeletServerCertificate: false turns that off.
# custom:
#   id: kubelet-rotate-server-certificate
#   severity: medium
#   category: cis
#   kinds: [KubeletConfiguration]
#   controls: ["CIS:4.2.11", "NSA:network-separation"]
#   remediation: >-
#     Remove `RotateKubeletServerCertificate: false` from `featureGates` and set
#     `serverTLSBootstrap: true`.
package kubeward.rules.cis.kubelet_rotate_server_certificate

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "featureGates.RotateKubeletServerCertificate"}} if {
	k8s.resource.featureGates.RotateKubeletServerCertificate == false
	msg := "kubelet sets featureGates.RotateKubeletServerCertificate: false: kubelet serving certificates are then not requested and rotated through the certificates API"
}
