# METADATA
# title: Bindings that name the system:masters group
# description: >-
#   Members of system:masters bypass RBAC (and authorization webhooks) entirely, and the
#   membership comes from client certificates that cannot be revoked. A binding naming the
#   group is a sign that it is in use for day-to-day access; the binding itself adds nothing
#   to a group that already can do everything. Kubernetes' own bootstrap binding (cluster-
#   admin to system:masters) is not reported.
# custom:
#   id: binding-to-system-masters
#   severity: high
#   category: rbac
#   kinds: [RoleBinding, ClusterRoleBinding]
#   controls: ["CIS:5.1.7", "NSA:authentication-authorization"]
#   remediation: >-
#     Issue credentials in ordinary groups and bind those to the roles they need; keep
#     system:masters for break-glass only.
package kubeward.rules.rbac.binding_to_system_masters

import data.kubeward.lib.rbac

violation contains {"msg": msg, "details": {"path": sprintf("subjects[%d]", [i])}} if {
	b := input.review.object
	not rbac.bootstrap(b)
	not b.roleRef.name in _allowed_roles
	some i, s in rbac.list_of(b, "subjects")
	_special(s)
	msg := sprintf("%s %q binds %s %q to %s %q: members of system:masters bypass RBAC whatever the role grants", [b.kind, b.metadata.name, b.roleRef.kind, b.roleRef.name, s.kind, s.name])
}

_special(s) if {
	s.kind == "Group"
	s.name == "system:masters"
}

_allowed_roles := set()
