# METADATA
# title: System ClusterRole or binding modified or deleted
# description: >-
#   A ClusterRole or ClusterRoleBinding named system:* was updated, patched or deleted by
#   someone other than the API server or a controller. These objects define what Kubernetes' own
#   components may do; changing them breaks or backdoors the control plane.
# custom:
#   id: system-clusterrole-modified
#   severity: high
#   category: rbac-changes
#   kinds: [Event]
#   controls: ["NSA:authentication-authorization", "NSA:audit-logging", "MITRE:T1098.006"]
#   remediation: >-
#     Restore the object (the API server reconciles system roles at start-up unless
#     rbac.authorization.kubernetes.io/autoupdate is false); investigate the requester.
package kubeward.detections.rbac_changes.system_clusterrole_modified

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username}} if {
	audit.resource in {"clusterroles", "clusterrolebindings"}
	startswith(audit.name, "system:")
	audit.verb in {"update", "patch", "delete"}
	audit.succeeded
	not audit.system_component
	msg := sprintf("user %s %s %s %q", [audit.user_label, _did[audit.verb], _kind[audit.resource], audit.name])
}

_did := {"update": "updated", "patch": "patched", "delete": "deleted"}

_kind := {"clusterroles": "ClusterRole", "clusterrolebindings": "ClusterRoleBinding"}
