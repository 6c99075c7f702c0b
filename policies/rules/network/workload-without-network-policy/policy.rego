# METADATA
# title: Workload selected by no NetworkPolicy
# description: >-
#   A pod that no NetworkPolicy selects is not isolated at all: it accepts connections from every
#   pod of the cluster and may open connections anywhere. A compromised neighbour reaches it
#   directly. Host-network pods are skipped (NetworkPolicies do not apply to them), and so are
#   the namespaces exempted from the namespace default-deny rules (kube-system by default).
# custom:
#   id: workload-without-network-policy
#   severity: medium
#   category: network
#   kinds: [Pod, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["CIS:5.3.2", "NSA:network-separation"]
#   remediation: >-
#     Add a NetworkPolicy in the workload's namespace whose podSelector matches its pod template
#     labels (a namespace-wide default-deny policy with an empty podSelector selects it too), and
#     allow only the ingress and egress it needs.
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       exemptNamespaces:
#         type: array
#         items:
#           type: string
#         default: [kube-system, kube-public, kube-node-lease]
#         description: Namespaces not judged, as in namespace-without-default-deny-ingress/egress.
package kubeward.rules.network.workload_without_network_policy

import data.kubeward.lib.k8s
import data.kubeward.lib.network
import data.kubeward.lib.workloads

_exempt := object.get(input, ["parameters", "exemptNamespaces"], ["kube-system", "kube-public", "kube-node-lease"])

violation contains {"msg": msg, "details": {"path": k8s.pod_metadata_path}} if {
	not workloads.namespace in _exempt
	not k8s.pod_spec.hostNetwork == true
	labels := object.get(k8s.pod_metadata, "labels", {})
	count(network.covering_policies(workloads.namespace, labels, network.service_account(k8s.pod_spec))) == 0
	msg := sprintf("%s %q in namespace %q is selected by no NetworkPolicy: its pods (%s) accept connections from anywhere in the cluster and may connect anywhere", [k8s.kind, k8s.resource.metadata.name, workloads.namespace, _labels_text(labels)])
}

_labels_text(labels) := network.labels_text(labels) if count(labels) > 0

_labels_text(labels) := "no labels" if count(labels) == 0
