# METADATA
# title: Workloads that run as the default service account
# description: >-
#   A pod that sets no serviceAccountName (or sets `default`) runs as its namespace's default
#   ServiceAccount, which every other such pod shares: rights granted to one of them are
#   granted to all, and the account cannot be given exactly what one workload needs.
# custom:
#   id: workload-default-service-account
#   severity: low
#   category: rbac
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["CIS:5.1.5", "NSA:authentication-authorization", "MITRE:T1078.001"]
#   remediation: >-
#     Create a ServiceAccount for the workload (with automountServiceAccountToken: false if it
#     does not call the API) and set serviceAccountName in the pod template.
package kubeward.rules.rbac.workload_default_service_account

import data.kubeward.lib.k8s
import data.kubeward.lib.rbac

violation contains {"msg": msg, "details": {"path": rbac.service_account_path}} if {
	rbac.pod_service_account(k8s.pod_spec) == "default"
	msg := sprintf("%s runs as the default ServiceAccount of its namespace", [rbac.workload_label])
}
