# METADATA
# title: API server does not verify kubelet serving certificates
# description: >-
#   Without --kubelet-certificate-authority the kube-apiserver does not verify the kubelets' serving
#   certificates, so exec, attach, logs and port-forward traffic (which carries credentials and
#   data) can be intercepted by anyone on the path.
# custom:
#   id: apiserver-kubelet-certificate-authority
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.5", "NSA:network-separation"]
#   remediation: >-
#     Issue kubelet serving certificates from a cluster CA (kubelet `serverTLSBootstrap: true` plus
#     CSR approval) and set `--kubelet-certificate-authority` to that CA.
package kubeward.rules.cis.apiserver_kubelet_certificate_authority

import data.kubeward.lib.flags

_required := ["kubelet-certificate-authority"]

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	not flags.is_set(r, name)
	msg := sprintf("%s does not set --%s: the API server connects to kubelets without verifying their serving certificate, so the connection can be intercepted", [flags.label(r), name])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	f := flags.flag(r, name)
	trim_space(f.value) == ""
	msg := sprintf("%s sets --%s to an empty value: the API server connects to kubelets without verifying their serving certificate, so the connection can be intercepted", [flags.label(r), name])
}
