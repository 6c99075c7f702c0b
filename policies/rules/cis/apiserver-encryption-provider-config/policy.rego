# METADATA
# title: API server does not encrypt resources at rest
# description: >-
#   --encryption-provider-config names the EncryptionConfiguration that tells the kube-apiserver to
#   encrypt resources (Secrets above all) before writing them to etcd; without it everything in
#   etcd, and in etcd backups, is plain text.
# custom:
#   id: apiserver-encryption-provider-config
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.27", "NSA:secrets"]
#   remediation: >-
#     Write an EncryptionConfiguration whose first provider for secrets is kms (v2), aescbc or
#     secretbox and pass it with `--encryption-provider-config`; kubeward's `secrets-encryption-at-
#     rest` rule (CIS 1.2.28) checks that file.
package kubeward.rules.cis.apiserver_encryption_provider_config

import data.kubeward.lib.flags

_required := ["encryption-provider-config"]

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	not flags.is_set(r, name)
	msg := sprintf("%s does not set --%s: without an EncryptionConfiguration, Secrets are stored in etcd in plain text", [flags.label(r), name])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	f := flags.flag(r, name)
	trim_space(f.value) == ""
	msg := sprintf("%s sets --%s to an empty value: without an EncryptionConfiguration, Secrets are stored in etcd in plain text", [flags.label(r), name])
}
