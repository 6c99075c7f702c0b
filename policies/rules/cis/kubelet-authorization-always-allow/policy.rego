# METADATA
# title: Kubelet authorizes every request (AlwaysAllow)
# description: >-
#   With authorization.mode: AlwaysAllow the kubelet authorizes every request to its API, so anyone
#   who authenticates (or, with anonymous auth, anyone at all) can exec into every container on the
#   node.
# custom:
#   id: kubelet-authorization-always-allow
#   severity: critical
#   category: cis
#   kinds: [KubeletConfiguration]
#   controls: ["CIS:4.2.2", "NSA:authentication-authorization"]
#   remediation: >-
#     Set `authorization.mode: Webhook` (the v1beta1 default) so the kubelet asks the API server
#     (SubjectAccessReview) whether each request is allowed.
package kubeward.rules.cis.kubelet_authorization_always_allow

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "authorization.mode"}} if {
	k8s.resource.authorization.mode == "AlwaysAllow"
	msg := "kubelet sets authorization.mode: AlwaysAllow: every request to the kubelet API is authorized"
}
