# METADATA
# title: API server does not verify etcd's certificate
# description: >-
#   --etcd-cafile is the CA the kube-apiserver uses to verify etcd's serving certificate; without it
#   the API server cannot be sure it is writing cluster state to the real etcd.
# custom:
#   id: apiserver-etcd-cafile
#   severity: high
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.26", "NSA:network-separation"]
#   remediation: >-
#     Set `--etcd-cafile` (kubeadm: `/etc/kubernetes/pki/etcd/ca.crt`).
package kubeward.rules.cis.apiserver_etcd_cafile

import data.kubeward.lib.flags

_required := ["etcd-cafile"]

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	not flags.is_set(r, name)
	msg := sprintf("%s does not set --%s: the API server then cannot verify it is talking to the real etcd", [flags.label(r), name])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	f := flags.flag(r, name)
	trim_space(f.value) == ""
	msg := sprintf("%s sets --%s to an empty value: the API server then cannot verify it is talking to the real etcd", [flags.label(r), name])
}
