# METADATA
# title: Secret volumes with world-accessible file modes
# description: >-
#   The files of a secret volume get defaultMode (or an item's mode). A mode that grants any
#   permission to "other" (e.g. 0644, which YAML may also spell as the decimal 420) lets every
#   user in the container read the secret, not only the application's user; 0400 or 0440 with
#   fsGroup keep it to the owner and group. Explicit modes on secret volumes and on projected
#   volumes' secret sources are checked; an unset mode (Kubernetes' default, 0644) is not
#   reported, the rule judges modes someone wrote.
# custom:
#   id: secret-volume-world-readable
#   severity: medium
#   category: secrets
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["MITRE:T1552.001"]
#   remediation: >-
#     Set defaultMode (and items[].mode) to 0400, or 0440 together with the pod's
#     securityContext.fsGroup, so only the application's user or group can read the files.
package kubeward.rules.secrets.secret_volume_world_readable

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": path}} if {
	some m in _modes
	is_number(m.mode)
	bits.and(m.mode, 7) != 0
	path := m.path
	msg := sprintf("volume %q gives every user in the container access to the files of Secret %q (mode 0%s)", [m.volume, m.secret, format_int(m.mode, 8)])
}

_modes contains {"volume": v.volume.name, "secret": v.volume.secret.secretName, "mode": v.volume.secret.defaultMode, "path": sprintf("%s.secret.defaultMode", [v.path])} if {
	some v in k8s.volumes
	v.volume.secret.defaultMode
}

_modes contains {"volume": v.volume.name, "secret": v.volume.secret.secretName, "mode": item.mode, "path": sprintf("%s.secret.items[%d].mode", [v.path, i])} if {
	some v in k8s.volumes
	some i, item in v.volume.secret.items
	item.mode
}

# A projected volume's defaultMode applies to its secret sources too.
_modes contains {"volume": v.volume.name, "secret": src.secret.name, "mode": v.volume.projected.defaultMode, "path": sprintf("%s.projected.defaultMode", [v.path])} if {
	some v in k8s.volumes
	v.volume.projected.defaultMode
	some src in v.volume.projected.sources
	src.secret
}

_modes contains {"volume": v.volume.name, "secret": src.secret.name, "mode": item.mode, "path": sprintf("%s.projected.sources[%d].secret.items[%d].mode", [v.path, j, i])} if {
	some v in k8s.volumes
	some j, src in v.volume.projected.sources
	some i, item in src.secret.items
	item.mode
}
