# METADATA
# title: Plaintext Secret committed beside the object that produces it
# description: >-
#   An ExternalSecret, SealedSecret or SecretProviderClass (secretObjects) that produces a Secret
#   exists so that the value never sits in the repository. A Secret manifest of the same name and
#   namespace that carries values in data or stringData puts the value back into Git (and,
#   applied after the controller, overwrites or fights with it), which defeats the point. Empty
#   values and template placeholders in stringData are not reported. Findings name the keys and
#   the producer, never a value.
# custom:
#   id: plaintext-secret-beside-external-source
#   severity: high
#   category: secrets
#   kinds: [Secret]
#   controls: ["CIS:5.4.2", "NSA:secrets", "MITRE:T1552.001"]
#   remediation: >-
#     Delete the committed Secret manifest (rotate the values: they are in Git history) and let the
#     ExternalSecret, SealedSecret or SecretProviderClass create the Secret.
package kubeward.rules.secrets.plaintext_secret_beside_external_source

import data.kubeward.lib.k8s
import data.kubeward.lib.secret_sources
import data.kubeward.lib.secrets

# A cert-manager Certificate writes its Secret too, but a committed TLS Secret is reported by
# tls-secret-private-key-committed; here only producers whose purpose is keeping values out of Git.
_producers := [by |
	some by in secret_sources.produced_by(k8s.resource.metadata.name)
	not startswith(by, "Certificate ")
]

violation contains {"msg": msg, "details": {"path": field}} if {
	count(_producers) > 0
	some field in ["data", "stringData"]
	keys := sort([key | some key, value in k8s.resource[field]; is_string(value); _committed(field, value)])
	count(keys) > 0
	quoted := concat(", ", [sprintf("%q", [key]) | some key in keys])
	msg := sprintf("Secret %q commits values in %s for %d key(s) (%s) although it is produced by %s", [k8s.resource.metadata.name, field, count(keys), quoted, concat(" and ", _producers)])
}

_committed("data", value) if value != ""

_committed("stringData", value) if not secrets.placeholder(value)
