# METADATA
# title: Roles that bind or escalate roles
# description: >-
#   The bind verb on roles or clusterroles lets a subject create bindings to roles with rights
#   it does not hold itself; escalate lets it write roles with such rights. Both switch off
#   RBAC's built-in escalation prevention.
# custom:
#   id: role-bind-escalate
#   severity: high
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["CIS:5.1.8", "NSA:authentication-authorization", "MITRE:T1098.006"]
#   remediation: >-
#     Remove bind and escalate; where a controller must hand out a fixed role, restrict the
#     rule with resourceNames to that role.
package kubeward.rules.rbac.role_bind_escalate

import data.kubeward.lib.rbac

violation contains f if {
	some f in rbac.role_findings(input.review.object, "bind-escalate")
}
