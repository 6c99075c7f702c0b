# METADATA
# title: Workload in a system namespace
# description: >-
#   kube-system holds the cluster's own components and the most powerful service accounts and
#   secrets; kube-public is readable by everyone. Application workloads placed there share that
#   blast radius, are exempted from policies that cluster admins scope away from system
#   namespaces, and are easily mistaken for cluster components.
# custom:
#   id: system-namespace-workload
#   severity: low
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     Run the workload in its own namespace; keep kube-system for cluster components (and list the
#     namespaces of trusted add-ons in this rule's parameters if they must live elsewhere).
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       namespaces:
#         type: array
#         items:
#           type: string
#         default: [kube-system, kube-public, kube-node-lease]
#         description: The system namespaces that must not hold workloads.
package kubeward.rules.workloads.system_namespace_workload

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

_namespaces := object.get(input, ["parameters", "namespaces"], ["kube-system", "kube-public", "kube-node-lease"])

violation contains {"msg": msg, "details": {"path": "metadata.namespace"}} if {
	workloads.namespace in _namespaces
	msg := sprintf("%s %q runs in the system namespace %q", [k8s.kind, k8s.resource.metadata.name, workloads.namespace])
}
