# METADATA
# title: Kubelet allows anonymous requests
# description: >-
#   With authentication.anonymous.enabled: true, the kubelet API (port 10250: exec, logs, pod
#   listing) serves requests that present no credentials as system:anonymous.
# custom:
#   id: kubelet-anonymous-auth
#   severity: high
#   category: cis
#   kinds: [KubeletConfiguration]
#   controls: ["CIS:4.2.1", "NSA:authentication-authorization"]
#   remediation: >-
#     Set `authentication.anonymous.enabled: false` (the v1beta1 default) and enable webhook
#     authentication.
package kubeward.rules.cis.kubelet_anonymous_auth

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "authentication.anonymous.enabled"}} if {
	k8s.resource.authentication.anonymous.enabled == true
	msg := "kubelet sets authentication.anonymous.enabled: true: requests without credentials are served as system:anonymous"
}
