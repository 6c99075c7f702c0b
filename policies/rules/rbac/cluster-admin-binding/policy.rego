# METADATA
# title: Subjects bound to cluster-admin or an all-access role
# description: >-
#   A RoleBinding or ClusterRoleBinding whose role grants every verb on every resource in
#   every API group (the built-in cluster-admin, known by name even when it is not among the
#   scanned objects, or any Role or ClusterRole with such a rule, aggregated rules included)
#   gives its users, groups and service accounts full control: cluster-wide for a
#   ClusterRoleBinding, of the whole namespace (RoleBindings and Secrets included) for a
#   RoleBinding.
# custom:
#   id: cluster-admin-binding
#   severity: critical
#   category: rbac
#   kinds: [RoleBinding, ClusterRoleBinding]
#   controls: ["CIS:5.1.1", "NSA:authentication-authorization", "MITRE:T1078"]
#   remediation: >-
#     Bind a role with the permissions the subject needs; keep cluster-admin for a small,
#     audited group of humans (and break-glass access).
package kubeward.rules.rbac.cluster_admin_binding

import data.kubeward.lib.rbac
import data.kubeward.lib.workloads

violation contains f if {
	not rbac.bootstrap(input.review.object)
	some f in rbac.subject_findings(input.review.object, workloads.namespace, "all-access")
}
