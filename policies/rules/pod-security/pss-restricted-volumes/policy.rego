# METADATA
# title: Restricted volume types
# description: >-
#   Volumes that mount node paths or talk to storage backends directly (hostPath, nfs, iscsi,
#   rbd, cephfs, gitRepo, flexVolume, the in-tree cloud disks, ...) bypass the PersistentVolume
#   layer cluster administrators control, and several of them run privileged helpers on the node.
#   Pod Security Standards Restricted allows only configMap, csi, downwardAPI, emptyDir,
#   ephemeral, image, persistentVolumeClaim, projected and secret volumes.
# custom:
#   id: pss-restricted-volumes
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:restricted:restrictedVolumes", "NSA:pod-security"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Replace the volume with a PersistentVolumeClaim (the storage is then provisioned through a
#     PersistentVolume the administrators control), a CSI volume, or an emptyDir, configMap,
#     secret, projected or downwardAPI volume.
package kubeward.rules.pod_security.pss_restricted_volumes

import data.kubeward.lib.k8s

allowed_types := {
	"configMap",
	"csi",
	"downwardAPI",
	"emptyDir",
	"ephemeral",
	"image",
	"persistentVolumeClaim",
	"projected",
	"secret",
}

# A volume with any allowed source passes, as in Pod Security Admission (API validation rejects
# volumes with several sources anyway); a volume with no source at all is defaulted to emptyDir
# by the API server. The check is the same at every version, so the version parameter is
# accepted for uniformity and changes nothing.
_allowed(volume) if {
	some type in allowed_types
	k8s.is_set(volume, type)
}

violation contains {"msg": msg, "details": {"path": path}} if {
	some v in k8s.volumes
	not _allowed(v.volume)
	some type, source in v.volume
	type != "name"
	source != null
	path := sprintf("%s.%s", [v.path, type])
	msg := sprintf("volume %q uses the restricted volume type %q; only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret volumes are allowed", [k8s.string_field(v.volume, "name"), type])
}
