# METADATA
# title: Users, groups and service accounts that can escalate privileges
# description: >-
#   Joins each binding to its role and reports every subject that can bind or escalate roles,
#   or impersonate users, groups or service accounts: each of these lets the subject grant
#   itself, or act with, rights it does not hold.
# custom:
#   id: subject-privilege-escalation
#   severity: high
#   category: rbac
#   kinds: [RoleBinding, ClusterRoleBinding]
#   controls: ["CIS:5.1.8", "NSA:authentication-authorization", "MITRE:T1098.006"]
#   remediation: >-
#     Remove bind, escalate and impersonate from the role, or restrict them with resourceNames
#     to the exact roles or identities needed.
package kubeward.rules.rbac.subject_privilege_escalation

import data.kubeward.lib.rbac
import data.kubeward.lib.workloads

violation contains f if {
	not rbac.bootstrap(input.review.object)
	some f in rbac.subject_findings(input.review.object, workloads.namespace, "bind-escalate")
}

violation contains f if {
	not rbac.bootstrap(input.review.object)
	some f in rbac.subject_findings(input.review.object, workloads.namespace, "impersonate")
}
