# METADATA
# title: etcd does not serve clients over TLS
# description: >-
#   --cert-file and --key-file give etcd its client-facing TLS certificate; without them etcd serves
#   clients (the API server) over plain HTTP.
# custom:
#   id: etcd-tls-certificate
#   severity: high
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:2.1", "NSA:network-separation"]
#   remediation: >-
#     Set `--cert-file` and `--key-file` (kubeadm: `/etc/kubernetes/pki/etcd/server.crt`/`.key`) and
#     use https:// client URLs.
package kubeward.rules.cis.etcd_tls_certificate

import data.kubeward.lib.flags

_required := ["cert-file", "key-file"]

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("etcd")
	some name in _required
	not flags.is_set(r, name)
	msg := sprintf("%s does not set --%s: without a serving certificate etcd client traffic, Secrets included, travels in clear text", [flags.label(r), name])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("etcd")
	some name in _required
	f := flags.flag(r, name)
	trim_space(f.value) == ""
	msg := sprintf("%s sets --%s to an empty value: without a serving certificate etcd client traffic, Secrets included, travels in clear text", [flags.label(r), name])
}
