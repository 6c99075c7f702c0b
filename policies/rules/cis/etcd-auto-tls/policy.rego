# METADATA
# title: etcd uses self-signed client certificates
# description: >-
#   --auto-tls=true makes etcd generate a self-signed certificate for client connections; clients
#   cannot verify it, so the connection can be intercepted.
# custom:
#   id: etcd-auto-tls
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:2.3", "NSA:network-separation"]
#   remediation: >-
#     Remove `--auto-tls` and configure `--cert-file`/`--key-file` issued by the etcd CA.
package kubeward.rules.cis.etcd_auto_tls

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("etcd")
	f := flags.flag(r, "auto-tls")
	flags.is_true(f.value)
	msg := sprintf("%s sets --auto-tls=%s: auto-generated self-signed certificates cannot be verified by clients", [flags.label(r), f.value])
}
