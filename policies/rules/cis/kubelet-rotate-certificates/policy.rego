# METADATA
# title: Kubelet does not rotate its client certificate
# description: >-
#   rotateCertificates: true makes the kubelet request a new client certificate from the API server
#   as the current one nears expiry; without it the certificate is long-lived or the node drops out
#   when it expires.
# custom:
#   id: kubelet-rotate-certificates
#   severity: medium
#   category: cis
#   kinds: [KubeletConfiguration]
#   controls: ["CIS:4.2.10", "NSA:authentication-authorization"]
#   remediation: >-
#     Set `rotateCertificates: true` (kubeadm does).
package kubeward.rules.cis.kubelet_rotate_certificates

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "rotateCertificates"}} if {
	not k8s.resource.rotateCertificates == true
	msg := sprintf("kubelet sets rotateCertificates: %v: the kubelet's client certificate is then not renewed before it expires", [object.get(k8s.resource, "rotateCertificates", "unset (default false)")])
}
