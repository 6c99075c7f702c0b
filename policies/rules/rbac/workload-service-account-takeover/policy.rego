# METADATA
# title: Workloads whose service account can take over the cluster
# description: >-
#   Joins a workload's pod service account to its bindings and roles (as workload-cluster-
#   admin-service-account does) and reports rights that lead to cluster takeover from inside
#   the pod: bind or escalate roles, impersonate, reach the kubelet through nodes/proxy, mint
#   tokens for other service accounts, write admission webhooks, approve CSRs, or read Secrets
#   cluster-wide (through a ClusterRoleBinding). A grant of everything is reported by
#   workload-cluster-admin-service-account instead.
# custom:
#   id: workload-service-account-takeover
#   severity: high
#   category: rbac
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["CIS:5.1.2", "CIS:5.1.8", "NSA:authentication-authorization", "MITRE:T1078"]
#   remediation: >-
#     Split the privileged function into its own workload with its own ServiceAccount,
#     restrict the rules with resourceNames, or bind them per namespace (RoleBinding) instead
#     of cluster-wide.
package kubeward.rules.rbac.workload_service_account_takeover

import data.kubeward.lib.rbac
import data.kubeward.lib.workloads

_takeover := {"bind-escalate", "impersonate", "nodes-proxy", "token-create", "webhook-write", "csr-approve"}

violation contains {"msg": f.msg, "details": {"path": rbac.service_account_path, "grants": f.grants}} if {
	some f in rbac.workload_findings(workloads.namespace, _takeover)
}

# Reading Secrets in its own namespace is common for controllers; cluster-wide it is every
# credential of the cluster.
violation contains {"msg": f.msg, "details": {"path": rbac.service_account_path, "grants": f.grants}} if {
	some f in rbac.workload_findings_cluster_wide(workloads.namespace, "secrets-read")
}
