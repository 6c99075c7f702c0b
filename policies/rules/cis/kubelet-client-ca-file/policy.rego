# METADATA
# title: Kubelet does not verify client certificates
# description: >-
#   authentication.x509.clientCAFile enables client-certificate authentication on the kubelet API;
#   without it the kubelet cannot authenticate the API server's client certificate.
# custom:
#   id: kubelet-client-ca-file
#   severity: medium
#   category: cis
#   kinds: [KubeletConfiguration]
#   controls: ["CIS:4.2.3", "NSA:authentication-authorization"]
#   remediation: >-
#     Set `authentication.x509.clientCAFile` to the cluster CA (kubeadm:
#     `/etc/kubernetes/pki/ca.crt`).
package kubeward.rules.cis.kubelet_client_ca_file

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "authentication.x509.clientCAFile"}} if {
	trim_space(k8s.string_field(object.get(k8s.resource, ["authentication", "x509"], {}), "clientCAFile")) == ""
	msg := "kubelet does not set authentication.x509.clientCAFile: x509 client-certificate authentication is off, so the API server cannot authenticate to the kubelet with its certificate"
}
