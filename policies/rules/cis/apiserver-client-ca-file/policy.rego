# METADATA
# title: API server does not verify client certificates
# description: >-
#   --client-ca-file enables client-certificate authentication: certificates signed by this CA are
#   accepted, with the subject as user and organisations as groups.
# custom:
#   id: apiserver-client-ca-file
#   severity: high
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.25", "NSA:authentication-authorization"]
#   remediation: >-
#     Set `--client-ca-file` to the cluster CA (kubeadm: `/etc/kubernetes/pki/ca.crt`).
package kubeward.rules.cis.apiserver_client_ca_file

import data.kubeward.lib.flags

_required := ["client-ca-file"]

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	not flags.is_set(r, name)
	msg := sprintf("%s does not set --%s: without a client CA, x509 client-certificate authentication is off and kubelets cannot authenticate", [flags.label(r), name])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	f := flags.flag(r, name)
	trim_space(f.value) == ""
	msg := sprintf("%s sets --%s to an empty value: without a client CA, x509 client-certificate authentication is off and kubelets cannot authenticate", [flags.label(r), name])
}
