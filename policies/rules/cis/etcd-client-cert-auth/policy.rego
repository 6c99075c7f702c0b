# METADATA
# title: etcd does not require client certificates
# description: >-
#   With --client-cert-auth=true etcd accepts only clients presenting a certificate signed by
#   --trusted-ca-file; otherwise anyone who reaches the client port reads and writes all cluster
#   state, bypassing Kubernetes authorization and audit.
# custom:
#   id: etcd-client-cert-auth
#   severity: high
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:2.2", "NSA:network-separation"]
#   remediation: >-
#     Set `--client-cert-auth=true` and `--trusted-ca-file`, and give the API server a client
#     certificate (`--etcd-certfile`/`--etcd-keyfile`).
package kubeward.rules.cis.etcd_client_cert_auth

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("etcd")
	not flags.is_set(r, "client-cert-auth")
	msg := sprintf("%s does not set --client-cert-auth, which defaults to false: any client that can reach etcd can read and write the whole cluster state", [flags.label(r)])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("etcd")
	f := flags.flag(r, "client-cert-auth")
	not flags.is_true(f.value)
	msg := sprintf("%s sets --client-cert-auth=%s: any client that can reach etcd can read and write the whole cluster state", [flags.label(r), f.value])
}
