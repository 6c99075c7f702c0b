# METADATA
# title: API server authorizes every request (AlwaysAllow)
# description: >-
#   With --authorization-mode=AlwaysAllow (also the default when neither --authorization-mode nor
#   --authorization-config is given), the kube-apiserver authorizes every request it receives: every
#   authenticated user, and with anonymous auth every client, is cluster-admin.
# custom:
#   id: apiserver-authorization-always-allow
#   severity: critical
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.6", "NSA:authentication-authorization"]
#   remediation: >-
#     Set `--authorization-mode=Node,RBAC` (or use `--authorization-config` with Node and RBAC
#     authorizers).
package kubeward.rules.cis.apiserver_authorization_always_allow

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	not flags.is_set(r, "authorization-mode")
	not flags.is_set(r, "authorization-config")
	msg := sprintf("%s does not set --authorization-mode, which defaults to AlwaysAllow: every request, authenticated or not, is authorized", [flags.label(r)])
}

violation contains {"msg": msg, "details": {"path": l.path}} if {
	some r in flags.containers_of("kube-apiserver")
	l := flags.list(r, "authorization-mode")
	"AlwaysAllow" in l.items
	msg := sprintf("%s sets --authorization-mode=%s: every request, authenticated or not, is authorized", [flags.label(r), concat(",", l.items)])
}
