# METADATA
# title: API server does not check that service account tokens still exist
# description: >-
#   With --service-account-lookup=false the kube-apiserver accepts a service account token without
#   checking that the service account (and, for legacy tokens, the Secret) still exists, so deleting
#   them does not revoke the token.
# custom:
#   id: apiserver-service-account-lookup
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.21", "NSA:authentication-authorization"]
#   remediation: >-
#     Remove `--service-account-lookup=false` (the default is true) or set it to true.
package kubeward.rules.cis.apiserver_service_account_lookup

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	f := flags.flag(r, "service-account-lookup")
	flags.is_false(f.value)
	msg := sprintf("%s sets --service-account-lookup=%s: tokens of deleted service accounts keep working", [flags.label(r), f.value])
}
