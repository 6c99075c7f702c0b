# METADATA
# title: API server extends the lifetime of projected service account tokens
# description: >-
#   With --service-account-extend-token-expiration (default true), projected service account tokens
#   are issued with a one-year lifetime during migration to bound tokens, so a stolen token stays
#   usable far longer than requested.
# custom:
#   id: apiserver-service-account-extend-token-expiration
#   severity: low
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.30", "NSA:authentication-authorization"]
#   remediation: >-
#     Set `--service-account-extend-token-expiration=false` once all clients reload their tokens
#     (client-go does).
package kubeward.rules.cis.apiserver_service_account_extend_token_expiration

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	not flags.is_set(r, "service-account-extend-token-expiration")
	msg := sprintf("%s does not set --service-account-extend-token-expiration, which defaults to true: projected tokens are then valid for a year instead of their requested lifetime", [flags.label(r)])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	f := flags.flag(r, "service-account-extend-token-expiration")
	not flags.is_false(f.value)
	msg := sprintf("%s sets --service-account-extend-token-expiration=%s: projected tokens are then valid for a year instead of their requested lifetime", [flags.label(r), f.value])
}
