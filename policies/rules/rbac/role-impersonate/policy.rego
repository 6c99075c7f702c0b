# METADATA
# title: Roles that impersonate users, groups or service accounts
# description: >-
#   The impersonate verb on users, groups or serviceaccounts (core API group), or on uids and
#   userextras/* (authentication.k8s.io), lets a subject act as someone else, for example as a
#   member of system:masters, and so take that identity's rights.
# custom:
#   id: role-impersonate
#   severity: high
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["CIS:5.1.8", "NSA:authentication-authorization", "MITRE:T1078"]
#   remediation: >-
#     Remove impersonate, or restrict it with resourceNames to the exact identities an
#     authenticating proxy needs.
package kubeward.rules.rbac.role_impersonate

import data.kubeward.lib.rbac

violation contains f if {
	some f in rbac.role_findings(input.review.object, "impersonate")
}
