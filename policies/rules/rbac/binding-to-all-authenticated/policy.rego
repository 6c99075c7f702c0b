# METADATA
# title: Bindings that grant rights to every authenticated identity
# description: >-
#   A binding to the Group system:authenticated gives its role to every user and every service
#   account of the cluster, the pods of every namespace included. The built-in discovery roles
#   (system:basic-user, system:discovery, system:public-info-viewer, system:service-account-
#   issuer-discovery) are meant for it and are not reported, nor are Kubernetes' own bootstrap
#   bindings.
# custom:
#   id: binding-to-all-authenticated
#   severity: high
#   category: rbac
#   kinds: [RoleBinding, ClusterRoleBinding]
#   controls: ["NSA:authentication-authorization", "MITRE:T1078"]
#   remediation: >-
#     Bind the role to the specific users, groups or service accounts that need it.
package kubeward.rules.rbac.binding_to_all_authenticated

import data.kubeward.lib.rbac

violation contains {"msg": msg, "details": {"path": sprintf("subjects[%d]", [i])}} if {
	b := input.review.object
	not rbac.bootstrap(b)
	not b.roleRef.name in _allowed_roles
	some i, s in rbac.list_of(b, "subjects")
	_special(s)
	msg := sprintf("%s %q binds %s %q to %s %q: every user and service account of the cluster gets its permissions", [b.kind, b.metadata.name, b.roleRef.kind, b.roleRef.name, s.kind, s.name])
}

_special(s) if {
	s.kind == "Group"
	s.name == "system:authenticated"
}

_allowed_roles := {"system:basic-user", "system:discovery", "system:public-info-viewer", "system:service-account-issuer-discovery"}
