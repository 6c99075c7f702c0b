# METADATA
# title: Service that selects no pods
# description: >-
#   A Service whose selector matches no pod of its namespace has no endpoints: clients get
#   connection refused or time out, and an attacker who can create a pod with those labels
#   receives the Service's traffic. ExternalName Services and Services without a selector (whose
#   endpoints are managed by hand or by a controller) are skipped, and so are namespaces holding
#   custom resources (an operator may create the pods).
# custom:
#   id: service-selects-nothing
#   severity: low
#   category: network
#   kinds: [Service]
#   controls: []
#   remediation: >-
#     Set spec.selector to the pod template labels of the workload that serves this Service, in
#     the Service's namespace.
package kubeward.rules.network.service_selects_nothing

import data.kubeward.lib.k8s
import data.kubeward.lib.network
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": "spec.selector"}} if {
	network.selects_pods(k8s.resource)
	not network.operator_managed(workloads.namespace)
	count(network.service_pods(workloads.namespace, k8s.resource)) == 0
	msg := sprintf("Service %q selects no pods: no Pod or workload in namespace %q has the labels %s", [k8s.resource.metadata.name, workloads.namespace, network.labels_text(k8s.resource.spec.selector)])
}
