# METADATA
# title: Role or ClusterRole with wildcard rights created
# description: >-
#   A Role or ClusterRole granting '*' verbs or '*' resources was created or replaced. Wildcards
#   grant every current and future resource or verb — including escalate, bind and impersonate.
# custom:
#   id: wildcard-role-created
#   severity: high
#   category: rbac-changes
#   kinds: [Event]
#   controls: ["CIS:5.1.3", "NSA:authentication-authorization", "NSA:audit-logging", "MITRE:T1098.006"]
#   remediation: >-
#     List the verbs and resources the subject needs explicitly.
package kubeward.detections.rbac_changes.wildcard_role_created

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username, "path": sprintf("rules[%d].%s", [i, field])}} if {
	audit.resource in {"clusterroles", "roles"}
	audit.verb in {"create", "update"}
	audit.succeeded
	not audit.system_component
	some i, rule in input.requestObject.rules
	some field in ["verbs", "resources"]
	"*" in object.get(rule, field, [])
	msg := sprintf("user %s %s %s whose rule %d grants %s: [\"*\"]", [audit.user_label, _did[audit.verb], _object, i, field])
}

_did := {"create": "created", "update": "updated"}

_object := sprintf("%s %s/%s", [input.requestObject.kind, audit.namespace, input.requestObject.metadata.name]) if {
	audit.namespace != ""
} else := sprintf("%s %s", [input.requestObject.kind, input.requestObject.metadata.name])
