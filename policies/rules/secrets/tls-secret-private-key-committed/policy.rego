# METADATA
# title: TLS private keys committed in manifests
# description: >-
#   A kubernetes.io/tls Secret with tls.key filled in commits the certificate's private key:
#   whoever reads the repository can impersonate the service or decrypt captured traffic, for
#   as long as the certificate is valid. Keys should be issued in the cluster (cert-manager) or
#   delivered from a secret store.
# custom:
#   id: tls-secret-private-key-committed
#   severity: high
#   category: secrets
#   kinds: [Secret]
#   controls: ["CIS:5.4.2", "NSA:secrets", "MITRE:T1552.001"]
#   remediation: >-
#     Revoke the certificate and issue a new key pair in the cluster (cert-manager Certificate)
#     or deliver it from an external secret store; never commit tls.key.
package kubeward.rules.secrets.tls_secret_private_key_committed

import data.kubeward.lib.k8s
import data.kubeward.lib.secrets

violation contains {"msg": msg, "details": {"path": path}} if {
	k8s.resource.type == "kubernetes.io/tls"
	some field in ["data", "stringData"]
	value := k8s.resource[field]["tls.key"]
	is_string(value)
	not secrets.placeholder(value)
	path := k8s.join_path(field, "tls.key")
	msg := sprintf("TLS Secret %q commits its private key in %s (value %s)", [k8s.resource.metadata.name, path, secrets.redact(value)])
}
