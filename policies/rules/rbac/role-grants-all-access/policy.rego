# METADATA
# title: Roles that grant every permission
# description: >-
#   A Role or ClusterRole with a rule of verbs ["*"] on resources ["*"] in apiGroups ["*"] is
#   cluster-admin under another name: whoever it is bound to can do anything, including
#   granting themselves more (a ClusterRole bound cluster-wide is full control of the
#   cluster). Aggregated ClusterRoles count the rules of every ClusterRole their
#   clusterRoleSelectors pick among the scanned objects. Kubernetes' own bootstrap roles
#   (label kubernetes.io/bootstrapping=rbac-defaults) are not reported.
# custom:
#   id: role-grants-all-access
#   severity: critical
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["CIS:5.1.1", "CIS:5.1.3", "NSA:authentication-authorization"]
#   remediation: >-
#     Replace the wildcard rule with the verbs, resources and API groups the subject needs;
#     bind the built-in cluster-admin only where full control is really required, and say so.
package kubeward.rules.rbac.role_grants_all_access

import data.kubeward.lib.rbac

violation contains f if {
	some f in rbac.role_findings(input.review.object, "all-access")
}
