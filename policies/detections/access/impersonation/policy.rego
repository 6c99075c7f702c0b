# METADATA
# title: Request made through impersonation
# description: >-
#   A user acted as another user (Impersonate-User / --as), so RBAC evaluated the impersonated
#   identity. Impersonation rights are equivalent to holding every right of every identity one
#   may impersonate; each use deserves a look, except by the proxies configured to impersonate.
# custom:
#   id: impersonation
#   severity: medium
#   category: access
#   kinds: [Event]
#   controls: ["NSA:authentication-authorization", "NSA:audit-logging", "MITRE:T1078"]
#   remediation: >-
#     Grant the impersonate verb only to the proxies that need it and list them in allowedUsers;
#     remove it from humans and CI identities.
#   parameters: {"type":"object","properties":{"allowedUsers":{"type":"array","items":{"type":"string"},"default":[],"description":"Users expected to impersonate (e.g. an authenticating proxy's service account)."}},"additionalProperties":false}
package kubeward.detections.access.impersonation

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username, "impersonatedUser": as_user}} if {
	is_object(input.impersonatedUser)
	audit.succeeded
	not audit.username in audit.parameter("impersonation", "allowedUsers", [])
	as_user := object.get(input.impersonatedUser, "username", "")
	msg := sprintf("user %s acted as %q%s: %s %s", [audit.user_label, as_user, _groups, audit.verb, audit.target])
}

_groups := sprintf(" (groups %s)", [concat(", ", sort(gs))]) if {
	gs := object.get(input.impersonatedUser, "groups", [])
	count(gs) > 0
} else := ""
