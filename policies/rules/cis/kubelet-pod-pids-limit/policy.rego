# METADATA
# title: Kubelet sets no limit on process IDs per pod
# description: >-
#   podPidsLimit caps the number of processes a pod may run; the default, -1, means unlimited, so a
#   single pod can exhaust the node's PID space and starve every other pod and system daemon.
# custom:
#   id: kubelet-pod-pids-limit
#   severity: low
#   category: cis
#   kinds: [KubeletConfiguration]
#   controls: ["CIS:4.2.13"]
#   remediation: >-
#     Set `podPidsLimit` to a positive number suited to the workloads (for example 4096).
package kubeward.rules.cis.kubelet_pod_pids_limit

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "podPidsLimit"}} if {
	limit := object.get(k8s.resource, "podPidsLimit", -1)
	not limit > 0
	msg := sprintf("kubelet sets podPidsLimit: %v: one pod can exhaust the node's process IDs (a fork bomb takes the node down)", [limit])
}
