# METADATA
# title: PodDisruptionBudget that covers no pods
# description: >-
#   A PodDisruptionBudget whose selector matches no pod protects nothing: usually a label was
#   renamed on the workload and not on the budget, or the selector is missing (in policy/v1 a
#   null selector selects no pods).
# custom:
#   id: pdb-selects-nothing
#   severity: low
#   category: workloads
#   kinds: [PodDisruptionBudget]
#   controls: []
#   remediation: >-
#     Set spec.selector to the labels of the pod template of the workload it should protect, in
#     the same namespace.
package kubeward.rules.workloads.pdb_selects_nothing

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": _path}} if {
	count(workloads.pdb_targets(workloads.namespace, k8s.resource)) == 0
	msg := sprintf("PodDisruptionBudget %q selects no pods: no Pod or workload in namespace %q matches its selector", [k8s.resource.metadata.name, workloads.namespace])
}

_path := "spec.selector" if k8s.is_set(k8s.resource.spec, "selector")

_path := "spec" if not k8s.is_set(k8s.resource.spec, "selector")
