# METADATA
# title: Roles that exec into or attach to pods
# description: >-
#   create (or, through the WebSocket upgrade path, get) on pods/exec or pods/attach runs
#   commands inside running containers, with the container's service account token, mounted
#   Secrets and network position. Roles matching */exec or */attach count too.
# custom:
#   id: role-pods-exec
#   severity: high
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["NSA:authentication-authorization", "MITRE:T1609"]
#   remediation: >-
#     Remove pods/exec and pods/attach from roles used by applications and automation; grant
#     them to humans through a separate, audited break-glass role.
package kubeward.rules.rbac.role_pods_exec

import data.kubeward.lib.rbac

violation contains f if {
	some f in rbac.role_findings(input.review.object, "pods-exec")
}
