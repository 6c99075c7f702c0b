# METADATA
# title: Roles that create service account tokens
# description: >-
#   create on serviceaccounts/token (the TokenRequest API) mints a token for any service
#   account in scope and so takes that account's rights.
# custom:
#   id: role-serviceaccount-token-create
#   severity: medium
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["CIS:5.1.13", "NSA:authentication-authorization", "MITRE:T1528"]
#   remediation: >-
#     Remove serviceaccounts/token, or restrict it with resourceNames to the service accounts
#     the subject must mint tokens for.
package kubeward.rules.rbac.role_serviceaccount_token_create

import data.kubeward.lib.rbac

violation contains f if {
	some f in rbac.role_findings(input.review.object, "token-create")
}
