# METADATA
# title: HostPath volumes
# description: >-
#   A hostPath volume mounts a file or directory of the node into the pod. Depending on the path
#   it exposes the container runtime socket, kubelet credentials, other pods' data or the whole
#   root file system, and a writable mount lets the pod plant binaries on the node. Pod Security
#   Standards Baseline forbids hostPath volumes.
# custom:
#   id: pss-host-path-volumes
#   severity: high
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:baseline:hostPathVolumes", "CIS:5.2.11", "NSA:pod-security", "MITRE:T1611"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Replace the hostPath volume with an emptyDir, a configMap/secret/projected volume or a
#     PersistentVolumeClaim; for node agents that must read host files, isolate them in a
#     dedicated namespace with a less restrictive policy.
package kubeward.rules.pod_security.pss_host_path_volumes

import data.kubeward.lib.k8s

# `hostPath: null` decodes to "no hostPath" in Kubernetes and is allowed; any object (even {})
# makes it a hostPath volume.
violation contains {"msg": msg, "details": {"path": path}} if {
	some v in k8s.volumes
	k8s.is_set(v.volume, "hostPath")
	path := sprintf("%s.hostPath", [v.path])
	msg := sprintf("volume %q mounts the host path %q", [v.volume.name, k8s.string_field(v.volume.hostPath, "path")])
}
