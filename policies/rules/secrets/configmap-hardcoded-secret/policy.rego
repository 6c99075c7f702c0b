# METADATA
# title: Secrets stored in ConfigMaps
# description: >-
#   ConfigMaps are not meant for confidential data: RBAC commonly grants read access to them
#   broadly, they are not covered by Secret encryption at rest, and they show up in plain text
#   in kubectl output and in the manifests kept in Git. A ConfigMap value containing a known
#   token format (AWS, GitHub, Slack, Google, Stripe keys, PEM private keys, JWTs, passwords in
#   URLs) or a single-line literal under a credential-named key (…_PASSWORD, …_TOKEN, …apiKey)
#   is reported. Findings never print the value, only its length.
# custom:
#   id: configmap-hardcoded-secret
#   severity: high
#   category: secrets
#   kinds: [ConfigMap]
#   controls: ["NSA:secrets", "MITRE:T1552.001"]
#   remediation: >-
#     Revoke and rotate the credential, move it into a Secret (or an external secret store) and
#     mount that Secret where the ConfigMap was used.
package kubeward.rules.secrets.configmap_hardcoded_secret

import data.kubeward.lib.k8s
import data.kubeward.lib.secrets

violation contains {"msg": msg, "details": {"path": path}} if {
	some key, value in k8s.resource.data
	is_string(value)
	what := _classify(key, value)
	path := k8s.join_path("data", key)
	msg := sprintf("ConfigMap %q key %q contains %s (value %s)", [k8s.resource.metadata.name, key, what, secrets.redact(value)])
}

# A token format anywhere (config files embed keys and URLs); a credential-named key only for
# single-line values, since a multi-line value is a whole file, not one credential.
_classify(key, value) := kind if {
	kind := secrets.token_kind(value)
} else := "a literal value for a credential-named key" if {
	not contains(value, "\n")
	secrets.literal_secret(key, value)
}
