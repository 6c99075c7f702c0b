# METADATA
# title: NetworkPolicy that selects no pods
# description: >-
#   A NetworkPolicy whose podSelector matches no pod of its namespace isolates nothing: usually a
#   label was renamed on the workload and not on the policy, so the pods it was written for run
#   unprotected. Namespaces holding custom resources are skipped (an operator may create pods
#   with those labels).
# custom:
#   id: network-policy-selects-nothing
#   severity: low
#   category: network
#   kinds: [NetworkPolicy]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     Set spec.podSelector to the pod template labels of the workloads it should protect (in the
#     policy's namespace), or delete the policy.
package kubeward.rules.network.network_policy_selects_nothing

import data.kubeward.lib.k8s
import data.kubeward.lib.network
import data.kubeward.lib.selectors
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": "spec.podSelector"}} if {
	network.is_kubernetes_policy(k8s.resource) # Calico's NetworkPolicy shares the kind name
	selector := network.pod_selector(k8s.resource)
	not selectors.is_empty(selector)
	not network.operator_managed(workloads.namespace)
	not _selects_some(selector)
	msg := sprintf("NetworkPolicy %q selects no pods: no Pod or workload in namespace %q matches its podSelector", [k8s.resource.metadata.name, workloads.namespace])
}

_selects_some(selector) if {
	some o in network.pods(workloads.namespace)
	selectors.matches(selector, o.labels)
}
