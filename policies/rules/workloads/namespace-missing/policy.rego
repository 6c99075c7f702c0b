# METADATA
# title: Object without a namespace
# description: >-
#   A namespaced object whose manifest sets no namespace lands in the namespace of whoever applies
#   it: default unless they pass -n or their context says otherwise. That is fine when a tool
#   (Helm, kustomize, Argo CD, Flux) sets the namespace at deploy time, and a trap otherwise.
# custom:
#   id: namespace-missing
#   severity: info
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob, Service, ConfigMap, Secret, ServiceAccount, Role, RoleBinding, Ingress, NetworkPolicy, PodDisruptionBudget, HorizontalPodAutoscaler, PersistentVolumeClaim, LimitRange, ResourceQuota]
#   controls: []
#   remediation: >-
#     Set metadata.namespace, or make sure the deploy tool sets it (kustomize's namespace field,
#     helm --namespace, the Argo CD Application's destination namespace).
package kubeward.rules.workloads.namespace_missing

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "metadata"}} if {
	not _has_namespace
	msg := sprintf("%s %q sets no namespace: it goes wherever it is applied, the default namespace unless told otherwise", [k8s.kind, k8s.resource.metadata.name])
}

_has_namespace if {
	ns := k8s.resource.metadata.namespace
	is_string(ns)
	ns != ""
}
