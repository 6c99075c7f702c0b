# METADATA
# title: Bindings that grant rights to a default service account
# description: >-
#   Every pod that names no service account runs as its namespace's default ServiceAccount, so
#   a RoleBinding or ClusterRoleBinding that grants the default ServiceAccount anything gives
#   those rights to every such pod, present and future.
# custom:
#   id: default-service-account-bound
#   severity: medium
#   category: rbac
#   kinds: [RoleBinding, ClusterRoleBinding]
#   controls: ["CIS:5.1.5", "NSA:authentication-authorization", "MITRE:T1078.001"]
#   remediation: >-
#     Create a ServiceAccount for the workload that needs the rights, bind the role to it and
#     set serviceAccountName in its pod template.
package kubeward.rules.rbac.default_service_account_bound

import data.kubeward.lib.rbac
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": sprintf("subjects[%d]", [i])}} if {
	b := input.review.object
	not rbac.bootstrap(b)
	some i, s in rbac.list_of(b, "subjects")
	s.kind == "ServiceAccount"
	s.name == "default"
	ns := rbac.subject_namespace(s, workloads.namespace)
	msg := sprintf("%s %q grants %s %q to the default ServiceAccount of namespace %q: every pod there that names no service account gets it", [b.kind, b.metadata.name, b.roleRef.kind, b.roleRef.name, ns])
}
