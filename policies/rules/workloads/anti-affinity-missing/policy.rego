# METADATA
# title: Replicas not spread over nodes
# description: >-
#   Replicas exist to survive the loss of one. Without pod anti-affinity or topology spread
#   constraints the scheduler is free to put every replica of a Deployment or StatefulSet on the
#   same node (or zone), and losing that node takes them all.
# custom:
#   id: anti-affinity-missing
#   severity: low
#   category: workloads
#   kinds: [Deployment, StatefulSet]
#   controls: []
#   remediation: >-
#     Add topologySpreadConstraints over kubernetes.io/hostname (and topology.kubernetes.io/zone)
#     or a podAntiAffinity term that selects the workload's own pods.
package kubeward.rules.workloads.anti_affinity_missing

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": k8s.pod_spec_path}} if {
	n := workloads.min_replicas(workloads.namespace, k8s.resource)
	n > 1
	not _spread
	msg := sprintf("%s %q runs %d replicas with neither pod anti-affinity nor topology spread constraints: they can all land on one node", [k8s.kind, k8s.resource.metadata.name, n])
}

_spread if count(object.get(k8s.pod_spec, "topologySpreadConstraints", [])) > 0

_spread if k8s.pod_spec.affinity.podAntiAffinity != null
