# METADATA
# title: API server authorization modes do not include RBAC
# description: >-
#   Role-based access control is how Kubernetes grants least privilege to users and service
#   accounts; without the RBAC authorization mode, Roles and RoleBindings are ignored.
# custom:
#   id: apiserver-authorization-mode-rbac
#   severity: high
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.8", "NSA:authentication-authorization"]
#   remediation: >-
#     Set `--authorization-mode=Node,RBAC`.
package kubeward.rules.cis.apiserver_authorization_mode_rbac

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	not flags.is_set(r, "authorization-mode")
	not flags.is_set(r, "authorization-config")
	msg := sprintf("%s does not set --authorization-mode, which defaults to AlwaysAllow: without the RBAC authorizer, Roles and RoleBindings have no effect", [flags.label(r)])
}

violation contains {"msg": msg, "details": {"path": l.path}} if {
	some r in flags.containers_of("kube-apiserver")
	l := flags.list(r, "authorization-mode")
	not "RBAC" in l.items
	msg := sprintf("%s sets --authorization-mode=%s without RBAC: without the RBAC authorizer, Roles and RoleBindings have no effect", [flags.label(r), concat(",", l.items)])
}
