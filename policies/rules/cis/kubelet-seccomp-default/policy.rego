# METADATA
# title: Kubelet does not apply the RuntimeDefault seccomp profile by default
# description: >-
#   seccompDefault: true makes the kubelet run every container that does not ask for a seccomp
#   profile with the container runtime's RuntimeDefault profile instead of Unconfined.
# custom:
#   id: kubelet-seccomp-default
#   severity: low
#   category: cis
#   kinds: [KubeletConfiguration]
#   controls: ["CIS:4.2.14", "NSA:pod-security"]
#   remediation: >-
#     Set `seccompDefault: true` (test workloads first: a few need extra syscalls).
package kubeward.rules.cis.kubelet_seccomp_default

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "seccompDefault"}} if {
	not k8s.resource.seccompDefault == true
	msg := sprintf("kubelet sets seccompDefault: %v: containers without a seccomp profile then run unconfined", [object.get(k8s.resource, "seccompDefault", "unset (default false)")])
}
