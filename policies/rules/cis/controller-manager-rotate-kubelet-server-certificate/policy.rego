# METADATA
# title: Controller manager disables the RotateKubeletServerCertificate feature gate
# description: >-
#   The RotateKubeletServerCertificate feature gate (on by default) lets kubelets request serving
#   certificates through the certificates API, so they are signed by the cluster CA and rotated
#   before they expire; disabling it on the kube-controller-manager stops those certificates from
#   being signed.
# custom:
#   id: controller-manager-rotate-kubelet-server-certificate
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.3.6", "NSA:network-separation"]
#   remediation: >-
#     Remove `RotateKubeletServerCertificate=false` from `--feature-gates` (the default is true).
package kubeward.rules.cis.controller_manager_rotate_kubelet_server_certificate

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": gate.path}} if {
	some r in flags.containers_of("kube-controller-manager")
	gate := flags.feature_gates(r).RotateKubeletServerCertificate
	not flags.is_true(gate.value)
	msg := sprintf("%s sets --feature-gates=RotateKubeletServerCertificate=%s: kubelet serving certificates are then not issued and rotated through the certificates API", [flags.label(r), gate.value])
}
