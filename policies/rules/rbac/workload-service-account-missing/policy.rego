# METADATA
# title: Workloads that reference a ServiceAccount missing from the scanned set
# description: >-
#   A pod whose serviceAccountName names a ServiceAccount that does not exist in its namespace
#   is rejected by the ServiceAccount admission plugin, so the Deployment (or other
#   controller) never gets its pods; and whoever later creates an account of that name decides
#   what the pods can do. Cross-resource: the ServiceAccount is looked up among the objects
#   scanned together. The default ServiceAccount exists in every namespace and is not
#   reported.
# custom:
#   id: workload-service-account-missing
#   severity: low
#   category: rbac
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Add the ServiceAccount to the manifests (or fix the name); exclude this rule when
#     ServiceAccounts are created out of band.
package kubeward.rules.rbac.workload_service_account_missing

import data.kubeward.lib.k8s
import data.kubeward.lib.rbac
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": rbac.service_account_path}} if {
	sa := rbac.pod_service_account(k8s.pod_spec)
	sa != "default"
	not rbac.service_account_exists(workloads.namespace, sa)
	msg := sprintf("%s runs as ServiceAccount %q, which is not in namespace %q of the scanned objects", [rbac.workload_label, sa, workloads.namespace])
}
