# METADATA
# title: Users, groups and service accounts that can create pods
# description: >-
#   Joins each binding to its role and reports every subject that can create pods, directly or
#   through a workload controller (Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs,
#   CronJobs, ReplicationControllers, PodTemplates), with the path of grants.
# custom:
#   id: subject-pods-create
#   severity: medium
#   category: rbac
#   kinds: [RoleBinding, ClusterRoleBinding]
#   controls: ["CIS:5.1.4", "NSA:authentication-authorization", "MITRE:T1610"]
#   remediation: >-
#     Limit pod and workload creation to deployment tooling and enforce Pod Security Admission
#     where it deploys.
package kubeward.rules.rbac.subject_pods_create

import data.kubeward.lib.rbac
import data.kubeward.lib.workloads

violation contains f if {
	not rbac.bootstrap(input.review.object)
	some f in rbac.subject_findings(input.review.object, workloads.namespace, "pods-create")
}
