# METADATA
# title: Wildcard API groups in Roles and ClusterRoles
# description: >-
#   A rule whose apiGroups contain "*" grants every API group, including ones added in later
#   Kubernetes versions or by CRDs installed later. Least privilege means naming what is
#   needed. Rules without resources (nonResourceURLs only) are not judged. Kubernetes' own
#   bootstrap roles are not reported.
# custom:
#   id: wildcard-api-groups
#   severity: low
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["CIS:5.1.3", "NSA:authentication-authorization"]
#   remediation: >-
#     List the API groups the subject needs explicitly instead of "*".
package kubeward.rules.rbac.wildcard_api_groups

import data.kubeward.lib.rbac

violation contains {"msg": msg, "details": {"path": sprintf("rules[%d].apiGroups", [i])}} if {
	role := input.review.object
	not rbac.bootstrap(role)
	some i, rule in rbac.list_of(role, "rules")
	resources := rbac.list_of(rule, "resources")
	count(resources) > 0
	"*" in rbac.list_of(rule, "apiGroups")
	msg := sprintf("%s %q rules[%d] grants every API group (\"*\" in apiGroups): %s on %s", [role.kind, role.metadata.name, i, concat(", ", rbac.list_of(rule, "verbs")), concat(", ", resources)])
}
