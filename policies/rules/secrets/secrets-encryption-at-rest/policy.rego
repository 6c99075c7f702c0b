# METADATA
# title: Secrets not encrypted at rest by the API server's EncryptionConfiguration
# description: >-
#   Without encryption at rest, Secrets are stored in etcd as plain base64: anyone with a copy of
#   etcd or of its backups reads every credential in the cluster. The kube-apiserver encrypts a
#   resource with the first provider of the first EncryptionConfiguration entry that lists it
#   (by name, or through the wildcards `*.` and `*.*`); `identity` as that first provider means
#   new writes are stored unencrypted. The CIS Benchmark accepts aescbc, kms and secretbox.
# custom:
#   id: secrets-encryption-at-rest
#   severity: high
#   category: secrets
#   kinds: [EncryptionConfiguration]
#   controls: ["CIS:1.2.28", "NSA:secrets"]
#   remediation: >-
#     List secrets in an entry whose first provider is kms (v2, preferred), aescbc or secretbox,
#     keep identity only as a later provider for reading old data, then rewrite all Secrets
#     (kubectl get secrets -A -o json | kubectl replace -f -).
package kubeward.rules.secrets.secrets_encryption_at_rest

import data.kubeward.lib.k8s

_accepted := {"aescbc", "kms", "secretbox"}

# Indexes of the entries that apply to secrets; the lowest one wins.
_entries := [i |
	some i, entry in k8s.resource.resources
	some name in entry.resources
	name in {"secrets", "*.", "*.*"}
]

violation contains {"msg": "EncryptionConfiguration has no entry for secrets: Secrets are stored in etcd unencrypted", "details": {"path": "resources"}} if {
	count(_entries) == 0
}

violation contains {"msg": msg, "details": {"path": path}} if {
	i := min(_entries)
	some provider, _ in k8s.resource.resources[i].providers[0]
	not provider in _accepted
	path := sprintf("resources[%d].providers[0].%s", [i, provider])
	msg := sprintf("Secrets are written with provider %q (first provider of resources[%d]): %s", [provider, i, _why(provider)])
}

_why("identity") := "they are stored in etcd unencrypted"

_why(provider) := "not one of aescbc, kms, secretbox" if provider != "identity"
