# METADATA
# title: Long-lived service account token Secrets
# description: >-
#   A Secret of type kubernetes.io/service-account-token makes the token controller mint a token
#   for the ServiceAccount that never expires and is not bound to a pod: whoever reads the Secret
#   holds the account's API access until the Secret is deleted. Kubernetes recommends short-lived,
#   audience-bound tokens from the TokenRequest API (projected serviceAccountToken volumes,
#   `kubectl create token`) instead.
# custom:
#   id: service-account-token-secret
#   severity: medium
#   category: secrets
#   kinds: [Secret]
#   controls: ["MITRE:T1528"]
#   remediation: >-
#     Delete the Secret; let pods use projected, auto-rotated service account tokens, and use
#     `kubectl create token` (TokenRequest) with a short --duration for external clients.
package kubeward.rules.secrets.service_account_token_secret

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "type"}} if {
	k8s.resource.type == "kubernetes.io/service-account-token"
	sa := object.get(k8s.resource, ["metadata", "annotations", "kubernetes.io/service-account.name"], "(none)")
	msg := sprintf("Secret %q is a long-lived, non-expiring token for ServiceAccount %q", [k8s.resource.metadata.name, sa])
}
