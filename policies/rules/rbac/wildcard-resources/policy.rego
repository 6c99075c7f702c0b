# METADATA
# title: Wildcard resources in Roles and ClusterRoles
# description: >-
#   A rule whose resources contain "*" grants every resource, including ones added in later
#   Kubernetes versions or by CRDs installed later. Least privilege means naming what is
#   needed. Rules without resources (nonResourceURLs only) are not judged. Kubernetes' own
#   bootstrap roles are not reported.
# custom:
#   id: wildcard-resources
#   severity: medium
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["CIS:5.1.3", "NSA:authentication-authorization"]
#   remediation: >-
#     List the resources the subject needs explicitly instead of "*".
package kubeward.rules.rbac.wildcard_resources

import data.kubeward.lib.rbac

violation contains {"msg": msg, "details": {"path": sprintf("rules[%d].resources", [i])}} if {
	role := input.review.object
	not rbac.bootstrap(role)
	some i, rule in rbac.list_of(role, "rules")
	resources := rbac.list_of(rule, "resources")
	count(resources) > 0
	"*" in rbac.list_of(rule, "resources")
	msg := sprintf("%s %q rules[%d] grants every resource (\"*\" in resources): %s on %s", [role.kind, role.metadata.name, i, concat(", ", rbac.list_of(rule, "verbs")), concat(", ", resources)])
}
