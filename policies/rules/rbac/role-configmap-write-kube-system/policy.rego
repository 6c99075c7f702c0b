# METADATA
# title: Roles that write ConfigMaps in kube-system
# description: >-
#   A Role in kube-system that creates, updates, patches or deletes ConfigMaps can rewrite the
#   configuration of cluster components kept there: CoreDNS's Corefile (redirecting cluster
#   DNS), kube-proxy's configuration, or on EKS the aws-auth ConfigMap that maps IAM
#   identities to Kubernetes groups such as system:masters. A rule limited by resourceNames is
#   not reported.
# custom:
#   id: role-configmap-write-kube-system
#   severity: medium
#   category: rbac
#   kinds: [Role]
#   controls: ["NSA:authentication-authorization"]
#   remediation: >-
#     Restrict the rule with resourceNames to the ConfigMaps the component owns, or move the
#     workload's configuration out of kube-system.
package kubeward.rules.rbac.role_configmap_write_kube_system

import data.kubeward.lib.rbac
import data.kubeward.lib.workloads

violation contains f if {
	input.review.object.kind == "Role"
	workloads.namespace == "kube-system"
	some f in rbac.role_findings(input.review.object, "configmaps-write")
}
