# METADATA
# title: Object in the default namespace
# description: >-
#   The default namespace is where everything without a namespace ends up. Workloads there share
#   it with whatever else was applied carelessly, cannot be given their own RBAC, network policies,
#   quotas and Pod Security level without affecting the rest, and are easy to delete by accident.
# custom:
#   id: default-namespace
#   severity: low
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob, Service, ConfigMap, Secret, ServiceAccount, Role, RoleBinding, Ingress, NetworkPolicy, PodDisruptionBudget, HorizontalPodAutoscaler, PersistentVolumeClaim, LimitRange, ResourceQuota]
#   controls: ["CIS:5.6.4", "NSA:network-separation"]
#   remediation: >-
#     Create a namespace per application or team and set metadata.namespace to it (or let Helm,
#     kustomize or Argo CD set it).
package kubeward.rules.workloads.default_namespace

import data.kubeward.lib.k8s

# Only an explicit `default`: objects without a namespace are `namespace-missing` (info), because
# tools commonly set the namespace at deploy time. In admission the API server has filled in the
# namespace, so applying to `default` is caught here too.
violation contains {"msg": msg, "details": {"path": "metadata.namespace"}} if {
	k8s.resource.metadata.namespace == "default"
	msg := sprintf("%s %q is in the default namespace", [k8s.kind, k8s.resource.metadata.name])
}
