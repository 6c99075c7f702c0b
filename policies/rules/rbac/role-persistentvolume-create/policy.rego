# METADATA
# title: Roles that create PersistentVolumes
# description: >-
#   create on persistentvolumes lets a subject define a hostPath PersistentVolume and, by
#   claiming it, mount any directory of a node into a pod, past Pod Security Admission's
#   hostPath check.
# custom:
#   id: role-persistentvolume-create
#   severity: medium
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["CIS:5.1.9", "NSA:authentication-authorization", "MITRE:T1611"]
#   remediation: >-
#     Leave PersistentVolume creation to dynamic provisioning (StorageClasses) and storage
#     administrators.
package kubeward.rules.rbac.role_persistentvolume_create

import data.kubeward.lib.rbac

violation contains f if {
	some f in rbac.role_findings(input.review.object, "pv-create")
}
