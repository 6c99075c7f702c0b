# METADATA
# title: Kubelet does not manage iptables utility chains
# description: >-
#   makeIPTablesUtilChains: false stops the kubelet from creating and maintaining its iptables
#   utility chains (KUBE-FIREWALL and friends), leaving pod networking rules to drift from what
#   Kubernetes expects.
# custom:
#   id: kubelet-make-iptables-util-chains
#   severity: low
#   category: cis
#   kinds: [KubeletConfiguration]
#   controls: ["CIS:4.2.6"]
#   remediation: >-
#     Remove `makeIPTablesUtilChains: false` (the default is true).
package kubeward.rules.cis.kubelet_make_iptables_util_chains

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "makeIPTablesUtilChains"}} if {
	k8s.resource.makeIPTablesUtilChains == false
	msg := "kubelet sets makeIPTablesUtilChains: false: the kubelet then does not manage the iptables chains that keep pod networking consistent with its configuration"
}
