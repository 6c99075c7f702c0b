# METADATA
# title: etcd does not authenticate its peers
# description: >-
#   With --peer-client-cert-auth=true etcd requires members to present a certificate signed by
#   --peer-trusted-ca-file; otherwise a rogue member can join and receive the full data set.
# custom:
#   id: etcd-peer-client-cert-auth
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:2.5", "NSA:network-separation"]
#   remediation: >-
#     Set `--peer-client-cert-auth=true` and `--peer-trusted-ca-file`.
package kubeward.rules.cis.etcd_peer_client_cert_auth

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("etcd")
	not flags.is_set(r, "peer-client-cert-auth")
	msg := sprintf("%s does not set --peer-client-cert-auth, which defaults to false: anyone who reaches the peer port can join the etcd cluster", [flags.label(r)])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("etcd")
	f := flags.flag(r, "peer-client-cert-auth")
	not flags.is_true(f.value)
	msg := sprintf("%s sets --peer-client-cert-auth=%s: anyone who reaches the peer port can join the etcd cluster", [flags.label(r), f.value])
}
