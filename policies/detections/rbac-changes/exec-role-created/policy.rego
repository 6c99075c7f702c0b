# METADATA
# title: Role or ClusterRole allowing exec, attach or port-forward created
# description: >-
#   A Role or ClusterRole granting pods/exec, pods/attach or pods/portforward (create or get, or
#   a wildcard) was created or replaced: its subjects can run commands inside the pods it
#   covers.
# custom:
#   id: exec-role-created
#   severity: medium
#   category: rbac-changes
#   kinds: [Event]
#   controls: ["NSA:authentication-authorization", "NSA:audit-logging", "MITRE:T1609"]
#   remediation: >-
#     Keep exec rights in a break-glass role; remove them from day-to-day roles.
package kubeward.detections.rbac_changes.exec_role_created

import data.kubeward.lib.audit

_interactive := {"pods/exec", "pods/attach", "pods/portforward", "pods/*", "*"}

alert contains {"msg": msg, "details": {"user": audit.username, "path": sprintf("rules[%d].resources", [i])}} if {
	audit.resource in {"clusterroles", "roles"}
	audit.verb in {"create", "update"}
	audit.succeeded
	not audit.system_component
	some i, rule in input.requestObject.rules
	some r in object.get(rule, "resources", [])
	r in _interactive
	some v in object.get(rule, "verbs", [])
	v in {"create", "get", "*"}
	msg := sprintf("user %s %s %s whose rule %d grants %s on %s", [audit.user_label, _did[audit.verb], _object, i, v, r])
}

_did := {"create": "created", "update": "updated"}

_object := sprintf("%s %s/%s", [input.requestObject.kind, audit.namespace, input.requestObject.metadata.name]) if {
	audit.namespace != ""
} else := sprintf("%s %s", [input.requestObject.kind, input.requestObject.metadata.name])
