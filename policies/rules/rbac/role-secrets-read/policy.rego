# METADATA
# title: Roles that read Secrets
# description: >-
#   A rule that allows get, list or watch on secrets (core API group) lets its subjects read
#   every Secret in scope: database passwords, TLS keys and the tokens of other service
#   accounts. list and watch return the Secrets' contents too, not just their names. A rule
#   limited by resourceNames (get on one named Secret) is not reported. Aggregated
#   ClusterRoles count the rules of the ClusterRoles they select.
# custom:
#   id: role-secrets-read
#   severity: high
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["CIS:5.1.2", "NSA:authentication-authorization", "MITRE:T1552.007"]
#   remediation: >-
#     Drop secrets from the rule, or limit it to get on the named Secrets the workload needs
#     (resourceNames); mount Secrets into pods instead of reading them through the API.
package kubeward.rules.rbac.role_secrets_read

import data.kubeward.lib.rbac

violation contains f if {
	some f in rbac.role_findings(input.review.object, "secrets-read")
}
