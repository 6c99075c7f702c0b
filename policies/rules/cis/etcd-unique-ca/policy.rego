# METADATA
# title: etcd trusts the same CA as the API server's clients
# description: >-
#   etcd should trust a certificate authority of its own. When etcd's --trusted-ca-file is the kube-
#   apiserver's --client-ca-file, every certificate issued to any cluster client (kubelets, users,
#   controllers) is also accepted by etcd, which holds all cluster state.
# custom:
#   id: etcd-unique-ca
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:2.7", "NSA:network-separation"]
#   remediation: >-
#     Create a dedicated CA for etcd (kubeadm does: `/etc/kubernetes/pki/etcd/ca.crt`), issue etcd's
#     server, peer and the API server's etcd-client certificates from it, and point `--trusted-ca-
#     file` at it.
package kubeward.rules.cis.etcd_unique_ca

import data.kubeward.lib.flags

# The apiserver's client CA, from every kube-apiserver static pod in the same namespace of the
# scanned inventory (Gatekeeper's layout: data.inventory.namespace[ns][gv][kind][name]).
_apiserver_client_cas contains {"ca": f.value, "pod": name} if {
	some name
	pod := data.inventory.namespace["kube-system"].v1.Pod[name]
	some r in flags.running with input as {"review": {"object": pod, "kind": {"kind": "Pod"}}}
	r.component == "kube-apiserver"
	f := flags.flag(r, "client-ca-file")
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("etcd")
	f := flags.flag(r, "trusted-ca-file")
	some a in _apiserver_client_cas
	a.ca == f.value
	msg := sprintf("%s trusts %s for client certificates, the same CA as --client-ca-file of the kube-apiserver pod %q: a certificate issued for any cluster client is then also accepted by etcd", [flags.label(r), f.value, a.pod])
}
