# METADATA
# title: Binding to anonymous or all-authenticated subjects created
# description: >-
#   A RoleBinding or ClusterRoleBinding naming system:anonymous, system:unauthenticated or
#   system:authenticated was created or replaced: it grants its role to anyone who reaches the
#   API server (or anyone with any credential at all, including every service account).
# custom:
#   id: public-binding-created
#   severity: critical
#   category: rbac-changes
#   kinds: [Event]
#   controls: ["NSA:authentication-authorization", "NSA:audit-logging", "MITRE:T1098.006"]
#   remediation: >-
#     Delete the binding and bind the role to the specific users, groups or service accounts
#     that need it.
package kubeward.detections.rbac_changes.public_binding_created

import data.kubeward.lib.audit

_public := {"system:anonymous", "system:unauthenticated", "system:authenticated"}

alert contains {"msg": msg, "details": {"user": audit.username, "path": sprintf("subjects[%d]", [i])}} if {
	audit.resource in {"clusterrolebindings", "rolebindings"}
	audit.verb in {"create", "update"}
	audit.succeeded
	not audit.system_component
	some i, s in input.requestObject.subjects
	s.name in _public
	msg := sprintf("user %s %s %s granting %s %q to %s %s", [audit.user_label, _did[audit.verb], _object, input.requestObject.roleRef.kind, input.requestObject.roleRef.name, s.kind, s.name])
}

_did := {"create": "created", "update": "updated"}

_object := sprintf("%s %s/%s", [input.requestObject.kind, audit.namespace, input.requestObject.metadata.name]) if {
	audit.namespace != ""
} else := sprintf("%s %s", [input.requestObject.kind, input.requestObject.metadata.name])
