# METADATA
# title: Users, groups and service accounts that can exec into pods
# description: >-
#   Joins each binding to its role and reports every subject that can exec into or attach to
#   running containers (create or get on pods/exec or pods/attach), with the path of grants.
# custom:
#   id: subject-pods-exec
#   severity: high
#   category: rbac
#   kinds: [RoleBinding, ClusterRoleBinding]
#   controls: ["NSA:authentication-authorization", "MITRE:T1609"]
#   remediation: >-
#     Keep exec and attach out of roles bound to applications and automation; grant them to
#     humans through an audited break-glass role.
package kubeward.rules.rbac.subject_pods_exec

import data.kubeward.lib.rbac
import data.kubeward.lib.workloads

violation contains f if {
	not rbac.bootstrap(input.review.object)
	some f in rbac.subject_findings(input.review.object, workloads.namespace, "pods-exec")
}
