# METADATA
# title: API server accepts static tokens from a file
# description: >-
#   --token-auth-file makes the kube-apiserver accept the bearer tokens listed in a CSV file: long-
#   lived, clear-text credentials that cannot be revoked or rotated without a restart.
# custom:
#   id: apiserver-token-auth-file
#   severity: high
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.2", "NSA:authentication-authorization"]
#   remediation: >-
#     Remove `--token-auth-file` and authenticate users with client certificates, OIDC or a webhook;
#     give workloads service account tokens.
package kubeward.rules.cis.apiserver_token_auth_file

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	f := flags.flag(r, "token-auth-file")
	msg := sprintf("%s sets --token-auth-file=%s: static bearer tokens never expire and can only be changed by restarting the API server", [flags.label(r), f.value])
}
