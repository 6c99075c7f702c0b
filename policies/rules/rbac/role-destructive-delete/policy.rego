# METADATA
# title: Roles that delete namespaces, nodes, volumes or events
# description: >-
#   delete or deletecollection on namespaces, nodes, persistentvolumes, persistentvolumeclaims
#   or events destroys data (a namespace takes everything in it along) or the traces an
#   incident responder needs (events).
# custom:
#   id: role-destructive-delete
#   severity: low
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["NSA:authentication-authorization", "MITRE:T1485"]
#   remediation: >-
#     Keep delete on these resources to administrators and the controllers that own them.
package kubeward.rules.rbac.role_destructive_delete

import data.kubeward.lib.rbac

violation contains f if {
	some f in rbac.role_findings(input.review.object, "destructive-delete")
}
