# METADATA
# title: Users, groups and service accounts that can read Secrets
# description: >-
#   Joins each RoleBinding and ClusterRoleBinding to the Role or ClusterRole it references
#   (from the scanned objects, or the built-in admin and edit roles by name) and reports every
#   subject that can get, list or watch Secrets through it, with the path of grants.
# custom:
#   id: subject-secrets-read
#   severity: high
#   category: rbac
#   kinds: [RoleBinding, ClusterRoleBinding]
#   controls: ["CIS:5.1.2", "NSA:authentication-authorization", "MITRE:T1552.007"]
#   remediation: >-
#     Bind a role without secrets access, or one limited with resourceNames to the Secrets the
#     subject needs.
package kubeward.rules.rbac.subject_secrets_read

import data.kubeward.lib.rbac
import data.kubeward.lib.workloads

violation contains f if {
	not rbac.bootstrap(input.review.object)
	some f in rbac.subject_findings(input.review.object, workloads.namespace, "secrets-read")
}
