# METADATA
# title: Bindings to roles that do not exist
# description: >-
#   A RoleBinding or ClusterRoleBinding whose roleRef names a Role or ClusterRole that is not
#   among the scanned objects grants nothing today, but whoever later creates a role of that
#   name (anyone allowed to create roles in the namespace, for a Role) decides what its
#   subjects can do, and the binding usually hides a typo or a half-removed component. The
#   built-in roles (cluster-admin, admin, edit, view and the API server's system:* roles)
#   exist in every cluster and are not reported. Only meaningful when the roles are scanned
#   with their bindings (one file set, Helm render or cluster dump).
# custom:
#   id: binding-role-not-found
#   severity: medium
#   category: rbac
#   kinds: [RoleBinding, ClusterRoleBinding]
#   controls: ["NSA:authentication-authorization"]
#   remediation: >-
#     Create the role alongside the binding, fix the roleRef name, or delete the binding.
package kubeward.rules.rbac.binding_role_not_found

import data.kubeward.lib.rbac
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": "roleRef.name"}} if {
	b := input.review.object
	r := rbac.resolve(b, workloads.namespace)
	not r.found
	not rbac.builtin_role(r.name)
	msg := sprintf("%s %q refers to %s %q, which is not %s", [b.kind, b.metadata.name, r.kind, r.name, _where(r.kind)])
}

_where("Role") := sprintf("in namespace %q of the scanned objects", [workloads.namespace])

_where(kind) := "among the scanned objects" if kind != "Role"
