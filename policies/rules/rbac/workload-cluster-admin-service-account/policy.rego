# METADATA
# title: Workloads whose service account has full control
# description: >-
#   Joins a workload's pod service account (serviceAccountName, default `default`) to every
#   RoleBinding and ClusterRoleBinding among the scanned objects that names it (directly, or
#   through the groups system:serviceaccounts and system:serviceaccounts:<namespace>) and to
#   the roles those bind. When one of them grants every verb on every resource (cluster-admin,
#   known by name, or an equivalent role), anyone who gets code execution in one of the
#   workload's containers holds that control through the mounted token.
# custom:
#   id: workload-cluster-admin-service-account
#   severity: critical
#   category: rbac
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["CIS:5.1.1", "NSA:authentication-authorization", "MITRE:T1078"]
#   remediation: >-
#     Give the workload its own ServiceAccount bound to a role with only the permissions it
#     needs; if it needs no API access, set automountServiceAccountToken: false.
package kubeward.rules.rbac.workload_cluster_admin_service_account

import data.kubeward.lib.rbac
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": rbac.service_account_path, "grants": grants}} if {
	some f in rbac.workload_findings(workloads.namespace, {"all-access"})
	msg := f.msg
	grants := f.grants
}
