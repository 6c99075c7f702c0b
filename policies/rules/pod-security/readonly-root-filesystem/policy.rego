# METADATA
# title: Root file system not read-only
# description: >-
#   A writable container root file system lets an intruder drop tools, modify binaries and
#   persist between process restarts inside the container. The NSA/CISA Kubernetes Hardening
#   Guide recommends immutable container file systems: set readOnlyRootFilesystem to true and
#   give the application emptyDir or volume mounts for the few paths it must write.
# custom:
#   id: readonly-root-filesystem
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["NSA:pod-security"]
#   remediation: >-
#     Set securityContext.readOnlyRootFilesystem to true on every container and mount an emptyDir
#     at each directory the application writes to (/tmp, caches, pid files).
package kubeward.rules.pod_security.readonly_root_filesystem

import data.kubeward.lib.hardening
import data.kubeward.lib.k8s

# Only a container-level field exists; Windows pods cannot set it and are exempt.
violation contains {"msg": msg, "details": {"path": path}} if {
	not hardening.windows_pod
	some c in k8s.containers
	object.get(k8s.security_context(c.container), "readOnlyRootFilesystem", null) != true
	path := sprintf("%s.securityContext.readOnlyRootFilesystem", [c.path])
	msg := sprintf("%s has a writable root file system (readOnlyRootFilesystem is not true)", [k8s.container_label(c)])
}
