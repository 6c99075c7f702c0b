# METADATA
# title: API server has no configured TLS serving certificate
# description: >-
#   --tls-cert-file and --tls-private-key-file set the kube-apiserver's serving certificate; without
#   them it generates a self-signed one that clients cannot verify.
# custom:
#   id: apiserver-tls-certificate
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.24", "NSA:network-separation"]
#   remediation: >-
#     Set `--tls-cert-file` and `--tls-private-key-file` to a certificate issued by the cluster CA
#     (kubeadm: `/etc/kubernetes/pki/apiserver.crt`/`.key`).
package kubeward.rules.cis.apiserver_tls_certificate

import data.kubeward.lib.flags

_required := ["tls-cert-file", "tls-private-key-file"]

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	not flags.is_set(r, name)
	msg := sprintf("%s does not set --%s: the API server otherwise serves a self-signed certificate clients cannot verify", [flags.label(r), name])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	f := flags.flag(r, name)
	trim_space(f.value) == ""
	msg := sprintf("%s sets --%s to an empty value: the API server otherwise serves a self-signed certificate clients cannot verify", [flags.label(r), name])
}
