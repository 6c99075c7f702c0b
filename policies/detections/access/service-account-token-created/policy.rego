# METADATA
# title: Service account token requested by a person or workload
# description: >-
#   A TokenRequest (serviceaccounts/token create, e.g. kubectl create token) minted a bearer
#   token for a service account. Kubelets do this for every pod; anyone else holding a fresh
#   token can act as that service account from outside the cluster until it expires.
# custom:
#   id: service-account-token-created
#   severity: medium
#   category: access
#   kinds: [Event]
#   controls: ["NSA:authentication-authorization", "NSA:audit-logging", "MITRE:T1528"]
#   remediation: >-
#     Remove create on serviceaccounts/token from roles that do not need it; use short-lived
#     tokens and list expected issuers in allowedUsers.
#   parameters: {"type":"object","properties":{"allowedUsers":{"type":"array","items":{"type":"string"},"default":[],"description":"Users expected to request service account tokens."}},"additionalProperties":false}
package kubeward.detections.access.service_account_token_created

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username, "serviceAccount": sprintf("%s/%s", [audit.namespace, audit.name])}} if {
	audit.resource == "serviceaccounts"
	audit.subresource == "token"
	audit.verb == "create"
	audit.succeeded
	not audit.system_component
	not audit.username in audit.parameter("service-account-token-created", "allowedUsers", [])
	msg := sprintf("user %s minted a token for service account %s/%s%s", [audit.user_label, audit.namespace, audit.name, _lifetime])
}

_lifetime := sprintf(" valid for %ds", [s]) if {
	s := input.requestObject.spec.expirationSeconds
} else := ""
