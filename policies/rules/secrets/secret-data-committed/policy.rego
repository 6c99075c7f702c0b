# METADATA
# title: Secret values committed in manifests
# description: >-
#   A Secret manifest with values in data or stringData puts the credential in the repository:
#   base64 is an encoding, not encryption, and Git history keeps it after it is removed.
#   Secrets should come from an external store (External Secrets, Secrets Store CSI driver,
#   Vault) or be encrypted in Git (Sealed Secrets, SOPS). Empty values and template placeholders
#   (${VAR}, {{ }}, <…>) in stringData are not reported. Registry, TLS and service-account-token
#   Secrets are covered by their own rules. Findings name the keys, never a value.
# custom:
#   id: secret-data-committed
#   severity: medium
#   category: secrets
#   kinds: [Secret]
#   controls: ["CIS:5.4.2", "NSA:secrets", "MITRE:T1552.001"]
#   remediation: >-
#     Remove the values from the manifest (and rotate them, they are in Git history); deliver them
#     from an external secret store or commit them encrypted (SealedSecret, SOPS).
package kubeward.rules.secrets.secret_data_committed

import data.kubeward.lib.k8s
import data.kubeward.lib.secrets

_own_rule_types := {"kubernetes.io/service-account-token", "kubernetes.io/dockerconfigjson", "kubernetes.io/dockercfg", "kubernetes.io/tls"}

# An absent type is Opaque, as the API server defaults it.
_type := object.get(k8s.resource, "type", "Opaque")

# One finding per field, naming the keys (a Secret's keys belong together; one line each would
# only repeat the same advice).
violation contains {"msg": msg, "details": {"path": field}} if {
	not _type in _own_rule_types
	some field in ["data", "stringData"]
	keys := sort([key | some key, value in k8s.resource[field]; is_string(value); _committed(field, value)])
	count(keys) > 0
	quoted := concat(", ", [sprintf("%q", [key]) | some key in keys])
	msg := sprintf("Secret %q commits values in %s for %d key(s): %s", [k8s.resource.metadata.name, field, count(keys), quoted])
}

# data is base64: only an empty value is certainly not a secret (decoding it to look for
# placeholders would hand arbitrary bytes to the regex engines, which read invalid UTF-8 apart).
_committed("data", value) if value != ""

_committed("stringData", value) if not secrets.placeholder(value)
