# METADATA
# title: Bindings that grant rights to anonymous requests
# description: >-
#   A binding whose subjects include the User system:anonymous or the Group
#   system:unauthenticated gives its role's permissions to every request that carries no
#   credentials, from anywhere that reaches the API server. Only the built-in system:public-
#   info-viewer (health and version endpoints) is meant for them and is not reported, nor are
#   Kubernetes' own bootstrap bindings.
# custom:
#   id: binding-to-unauthenticated
#   severity: critical
#   category: rbac
#   kinds: [RoleBinding, ClusterRoleBinding]
#   controls: ["NSA:authentication-authorization", "MITRE:T1078"]
#   remediation: >-
#     Remove system:anonymous and system:unauthenticated from the subjects; give the access to
#     authenticated identities instead.
package kubeward.rules.rbac.binding_to_unauthenticated

import data.kubeward.lib.rbac

violation contains {"msg": msg, "details": {"path": sprintf("subjects[%d]", [i])}} if {
	b := input.review.object
	not rbac.bootstrap(b)
	not b.roleRef.name in _allowed_roles
	some i, s in rbac.list_of(b, "subjects")
	_special(s)
	msg := sprintf("%s %q binds %s %q to %s %q: every unauthenticated request gets its permissions", [b.kind, b.metadata.name, b.roleRef.kind, b.roleRef.name, s.kind, s.name])
}

_special(s) if {
	s.kind == "User"
	s.name == "system:anonymous"
}

_special(s) if {
	s.kind == "Group"
	s.name == "system:unauthenticated"
}

_allowed_roles := {"system:public-info-viewer"}
