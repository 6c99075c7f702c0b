# METADATA
# title: Binding to cluster-admin created
# description: >-
#   A ClusterRoleBinding or RoleBinding granting the cluster-admin ClusterRole was created or
#   replaced. cluster-admin is every right on every resource; a binding made outside bootstrap
#   is either an emergency or an escalation.
# custom:
#   id: cluster-admin-binding-created
#   severity: high
#   category: rbac-changes
#   kinds: [Event]
#   controls: ["CIS:5.1.1", "NSA:authentication-authorization", "NSA:audit-logging", "MITRE:T1098.006"]
#   remediation: >-
#     Delete the binding unless it was planned; grant the narrower role the subject needs.
package kubeward.detections.rbac_changes.cluster_admin_binding_created

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username, "subjects": _subjects}} if {
	audit.resource in {"clusterrolebindings", "rolebindings"}
	audit.verb in {"create", "update"}
	audit.succeeded
	not audit.system_component
	input.requestObject.roleRef.kind == "ClusterRole"
	input.requestObject.roleRef.name == "cluster-admin"
	msg := sprintf("user %s %s %s granting cluster-admin to %s", [audit.user_label, _did[audit.verb], _object, _subjects])
}

_did := {"create": "created", "update": "updated"}

_object := sprintf("%s %s/%s", [input.requestObject.kind, audit.namespace, input.requestObject.metadata.name]) if {
	audit.namespace != ""
} else := sprintf("%s %s", [input.requestObject.kind, input.requestObject.metadata.name])

_subjects := concat(", ", sort([_subject(s) | some s in input.requestObject.subjects]))

_subject(s) := sprintf("%s %s/%s", [s.kind, s.namespace, s.name]) if s.kind == "ServiceAccount"

_subject(s) := sprintf("%s %s", [s.kind, s.name]) if s.kind != "ServiceAccount"
