# METADATA
# title: ClusterRole with write rights created
# description: >-
#   A ClusterRole granting write verbs (create, update, patch, delete, deletecollection) was
#   created or replaced. Bound cluster-wide, it lets its subjects change objects in every
#   namespace.
# custom:
#   id: write-clusterrole-created
#   severity: low
#   category: rbac-changes
#   kinds: [Event]
#   controls: ["NSA:authentication-authorization", "NSA:audit-logging", "MITRE:T1098.006"]
#   remediation: >-
#     Prefer namespaced Roles; confirm the ClusterRole came from a reviewed install.
package kubeward.detections.rbac_changes.write_clusterrole_created

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username, "path": sprintf("rules[%d].verbs", [i])}} if {
	audit.resource == "clusterroles"
	audit.verb in {"create", "update"}
	audit.succeeded
	not audit.system_component
	some i, rule in input.requestObject.rules
	verbs := sort([v | some v in object.get(rule, "verbs", []); v in {"create", "update", "patch", "delete", "deletecollection", "*"}])
	count(verbs) > 0
	msg := sprintf("user %s %s ClusterRole %s whose rule %d grants %s on %s", [audit.user_label, _did[audit.verb], input.requestObject.metadata.name, i, concat(", ", verbs), _on(rule)])
}

_on(rule) := concat(", ", rule.resources) if count(object.get(rule, "resources", [])) > 0

_on(rule) := concat(", ", rule.nonResourceURLs) if count(object.get(rule, "nonResourceURLs", [])) > 0

_on(rule) := "nothing (the rule names no resources)" if {
	count(object.get(rule, "resources", [])) == 0
	count(object.get(rule, "nonResourceURLs", [])) == 0
}

_did := {"create": "created", "update": "updated"}
