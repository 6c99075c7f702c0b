# METADATA
# title: etcd does not use TLS between cluster members
# description: >-
#   --peer-cert-file and --peer-key-file give etcd the certificate it uses for member-to-member
#   (replication) traffic; without them the whole data set is replicated in clear text.
# custom:
#   id: etcd-peer-tls-certificate
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:2.4", "NSA:network-separation"]
#   remediation: >-
#     Set `--peer-cert-file` and `--peer-key-file` (kubeadm:
#     `/etc/kubernetes/pki/etcd/peer.crt`/`.key`) and use https:// peer URLs. (Applies even to
#     single-member clusters, which may grow.)
package kubeward.rules.cis.etcd_peer_tls_certificate

import data.kubeward.lib.flags

_required := ["peer-cert-file", "peer-key-file"]

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("etcd")
	some name in _required
	not flags.is_set(r, name)
	msg := sprintf("%s does not set --%s: without peer certificates replication traffic between etcd members travels in clear text", [flags.label(r), name])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("etcd")
	some name in _required
	f := flags.flag(r, name)
	trim_space(f.value) == ""
	msg := sprintf("%s sets --%s to an empty value: without peer certificates replication traffic between etcd members travels in clear text", [flags.label(r), name])
}
