# METADATA
# title: Roles that create pods or pod controllers
# description: >-
#   Creating a pod (or anything that creates pods for you: Deployments, ReplicaSets,
#   StatefulSets, DaemonSets, Jobs, CronJobs, ReplicationControllers, PodTemplates) lets a
#   subject run any image with any service account, Secret or ConfigMap of the namespace
#   mounted; where Pod Security Admission does not restrict the namespace, it is a path to the
#   node itself.
# custom:
#   id: role-pods-create
#   severity: medium
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["CIS:5.1.4", "NSA:authentication-authorization", "MITRE:T1610"]
#   remediation: >-
#     Grant create on pods and workload controllers only to deployment tooling (CI, GitOps
#     controllers), and enforce Pod Security Admission in the namespaces it deploys to.
package kubeward.rules.rbac.role_pods_create

import data.kubeward.lib.rbac

violation contains f if {
	some f in rbac.role_findings(input.review.object, "pods-create")
}
