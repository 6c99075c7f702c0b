# METADATA
# title: Namespace without a default-deny egress NetworkPolicy
# description: >-
#   Kubernetes allows all egress traffic to a pod that no NetworkPolicy isolates: without a
#   default-deny egress policy, every pod of the namespace may open connections anywhere: to other namespaces, the cloud metadata endpoint, the internet. A default-deny policy (empty podSelector,
#   policyTypes including Egress, no egress rules) makes every allowed flow an explicit decision.
# custom:
#   id: namespace-without-default-deny-egress
#   severity: low
#   category: network
#   kinds: [Namespace]
#   controls: ["CIS:5.3.2", "NSA:network-separation"]
#   remediation: >-
#     Add a NetworkPolicy with podSelector: {} and policyTypes: [Egress] and no egress rules to the
#     namespace, then allow the flows each workload needs with policies of their own.
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       exemptNamespaces:
#         type: array
#         items:
#           type: string
#         default: [kube-system, kube-public, kube-node-lease]
#         description: Namespaces not judged (system namespaces whose components a CNI or the distribution manages).
package kubeward.rules.network.namespace_without_default_deny_egress

import data.kubeward.lib.k8s
import data.kubeward.lib.network

_exempt := object.get(input, ["parameters", "exemptNamespaces"], ["kube-system", "kube-public", "kube-node-lease"])

violation contains {"msg": msg, "details": {"path": "metadata.name"}} if {
	ns := k8s.resource.metadata.name
	not ns in _exempt
	count(network.default_deny_policies(ns, "Egress")) == 0
	policies := network.network_policies(ns)
	msg := sprintf("Namespace %q has no default-deny egress NetworkPolicy (%d NetworkPolicies; none selects every pod with policyTypes Egress and no egress rules)", [ns, count(policies)])
}
