# METADATA
# title: API server does not authenticate to kubelets with a client certificate
# description: >-
#   The kube-apiserver connects to every kubelet (exec, logs, port-forward); --kubelet-client-
#   certificate and --kubelet-client-key give it a client certificate so the kubelets can
#   authenticate and authorize it instead of accepting anonymous requests.
# custom:
#   id: apiserver-kubelet-client-certificate
#   severity: high
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.4", "NSA:authentication-authorization"]
#   remediation: >-
#     Set `--kubelet-client-certificate` and `--kubelet-client-key` to a client certificate signed
#     by the CA the kubelets trust (kubeadm: `/etc/kubernetes/pki/apiserver-kubelet-client.crt` and
#     `.key`).
package kubeward.rules.cis.apiserver_kubelet_client_certificate

import data.kubeward.lib.flags

_required := ["kubelet-client-certificate", "kubelet-client-key"]

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	not flags.is_set(r, name)
	msg := sprintf("%s does not set --%s: without a client certificate the API server cannot authenticate to kubelets that require it, inviting anonymous kubelet access", [flags.label(r), name])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	f := flags.flag(r, name)
	trim_space(f.value) == ""
	msg := sprintf("%s sets --%s to an empty value: without a client certificate the API server cannot authenticate to kubelets that require it, inviting anonymous kubelet access", [flags.label(r), name])
}
