# METADATA
# title: etcd uses self-signed peer certificates
# description: >-
#   --peer-auto-tls=true makes etcd generate self-signed certificates for peer traffic, which
#   members cannot verify.
# custom:
#   id: etcd-peer-auto-tls
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:2.6", "NSA:network-separation"]
#   remediation: >-
#     Remove `--peer-auto-tls` and configure `--peer-cert-file`/`--peer-key-file` issued by the etcd
#     CA.
package kubeward.rules.cis.etcd_peer_auto_tls

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("etcd")
	f := flags.flag(r, "peer-auto-tls")
	flags.is_true(f.value)
	msg := sprintf("%s sets --peer-auto-tls=%s: auto-generated self-signed peer certificates cannot be verified", [flags.label(r), f.value])
}
