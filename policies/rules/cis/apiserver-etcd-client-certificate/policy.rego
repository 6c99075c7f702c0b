# METADATA
# title: API server does not authenticate to etcd with a client certificate
# description: >-
#   --etcd-certfile and --etcd-keyfile give the kube-apiserver a TLS client certificate for etcd;
#   etcd can then require client certificates and refuse everyone else.
# custom:
#   id: apiserver-etcd-client-certificate
#   severity: high
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.23", "NSA:network-separation"]
#   remediation: >-
#     Set `--etcd-certfile` and `--etcd-keyfile` (kubeadm: `/etc/kubernetes/pki/apiserver-etcd-
#     client.crt`/`.key`) and run etcd with `--client-cert-auth=true`.
package kubeward.rules.cis.apiserver_etcd_client_certificate

import data.kubeward.lib.flags

_required := ["etcd-certfile", "etcd-keyfile"]

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	not flags.is_set(r, name)
	msg := sprintf("%s does not set --%s: etcd holds every Secret and must only accept the API server, authenticated by certificate", [flags.label(r), name])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	f := flags.flag(r, name)
	trim_space(f.value) == ""
	msg := sprintf("%s sets --%s to an empty value: etcd holds every Secret and must only accept the API server, authenticated by certificate", [flags.label(r), name])
}
