# METADATA
# title: Writable hostPath mounts
# description: >-
#   A hostPath volume mounted without readOnly lets the container write to the node's file
#   system: plant binaries or cron jobs, alter kubelet or runtime configuration, tamper with other
#   pods' logs and data. Even where a hostPath is needed, a read-only mount removes most of that.
# custom:
#   id: writable-host-path
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["CIS:5.2.11", "NSA:pod-security", "MITRE:T1611"]
#   remediation: >-
#     Set readOnly true on every volumeMount of a hostPath volume; if the workload must write,
#     prefer an emptyDir or a PersistentVolumeClaim.
package kubeward.rules.pod_security.writable_host_path

import data.kubeward.lib.k8s

_host_paths[name] := k8s.string_field(v.volume.hostPath, "path") if {
	some v in k8s.volumes
	k8s.is_set(v.volume, "hostPath")
	name := v.volume.name
}

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	some j, mount in c.container.volumeMounts
	object.get(mount, "readOnly", false) != true
	host_path := _host_paths[mount.name]
	path := sprintf("%s.volumeMounts[%d].readOnly", [c.path, j])
	msg := sprintf("%s mounts the host path %q (volume %q) writable at %q", [k8s.container_label(c), host_path, mount.name, k8s.string_field(mount, "mountPath")])
}
