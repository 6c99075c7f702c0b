# METADATA
# title: Encryption-at-rest keys committed in an EncryptionConfiguration
# description: >-
#   The aescbc, aesgcm and secretbox providers of an EncryptionConfiguration carry their keys
#   inline (keys[].secret). A committed copy of that file holds the key that decrypts every
#   Secret in etcd and in its backups, which defeats encryption at rest for anyone with the
#   repository. Keep the file only on the control-plane nodes, or use the kms provider, whose key
#   never leaves the external KMS. Findings never print the key, only its length.
# custom:
#   id: encryption-key-committed
#   severity: high
#   category: secrets
#   kinds: [EncryptionConfiguration]
#   controls: ["MITRE:T1552.001"]
#   remediation: >-
#     Remove the file from the repository, rotate the key (add a new first key, rewrite all
#     Secrets, drop the old key) and prefer the kms v2 provider.
package kubeward.rules.secrets.encryption_key_committed

import data.kubeward.lib.k8s
import data.kubeward.lib.secrets

violation contains {"msg": msg, "details": {"path": path}} if {
	some i, entry in k8s.resource.resources
	some j, provider in entry.providers
	some type in ["aescbc", "aesgcm", "secretbox"]
	some k, key in provider[type].keys
	is_string(key.secret)
	not secrets.placeholder(key.secret)
	path := sprintf("resources[%d].providers[%d].%s.keys[%d].secret", [i, j, type, k])
	msg := sprintf("EncryptionConfiguration commits %s key %q (value %s)", [type, key.name, secrets.redact(key.secret)])
}
