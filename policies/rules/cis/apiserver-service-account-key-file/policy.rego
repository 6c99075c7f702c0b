# METADATA
# title: API server has no explicit service account verification key
# description: >-
#   --service-account-key-file names the public key(s) used to verify service account tokens;
#   without it the API server falls back to its TLS serving key, tying token signing to the serving
#   certificate.
# custom:
#   id: apiserver-service-account-key-file
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.22", "NSA:authentication-authorization"]
#   remediation: >-
#     Set `--service-account-key-file` to the public half of `--service-account-signing-key-file`
#     (kubeadm: `/etc/kubernetes/pki/sa.pub`).
package kubeward.rules.cis.apiserver_service_account_key_file

import data.kubeward.lib.flags

_required := ["service-account-key-file"]

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	not flags.is_set(r, name)
	msg := sprintf("%s does not set --%s: service account tokens are then verified with the TLS serving key, which cannot be rotated independently", [flags.label(r), name])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	f := flags.flag(r, name)
	trim_space(f.value) == ""
	msg := sprintf("%s sets --%s to an empty value: service account tokens are then verified with the TLS serving key, which cannot be rotated independently", [flags.label(r), name])
}
