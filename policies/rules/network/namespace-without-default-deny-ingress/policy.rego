# METADATA
# title: Namespace without a default-deny ingress NetworkPolicy
# description: >-
#   Kubernetes allows all ingress traffic to a pod that no NetworkPolicy isolates: without a
#   default-deny ingress policy, every pod of the namespace accepts connections from every pod of the cluster (and from outside, through any exposed path) until some policy selects it. A default-deny policy (empty podSelector,
#   policyTypes including Ingress, no ingress rules) makes every allowed flow an explicit decision.
# custom:
#   id: namespace-without-default-deny-ingress
#   severity: medium
#   category: network
#   kinds: [Namespace]
#   controls: ["CIS:5.3.2", "NSA:network-separation"]
#   remediation: >-
#     Add a NetworkPolicy with podSelector: {} and policyTypes: [Ingress] and no ingress rules to the
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
package kubeward.rules.network.namespace_without_default_deny_ingress

import data.kubeward.lib.k8s
import data.kubeward.lib.network

_exempt := object.get(input, ["parameters", "exemptNamespaces"], ["kube-system", "kube-public", "kube-node-lease"])

violation contains {"msg": msg, "details": {"path": "metadata.name"}} if {
	ns := k8s.resource.metadata.name
	not ns in _exempt
	count(network.default_deny_policies(ns, "Ingress")) == 0
	policies := network.network_policies(ns)
	msg := sprintf("Namespace %q has no default-deny ingress NetworkPolicy (%d NetworkPolicies; none selects every pod with policyTypes Ingress and no ingress rules)", [ns, count(policies)])
}
