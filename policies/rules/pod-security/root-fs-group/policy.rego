# METADATA
# title: fsGroup set to the root group
# description: >-
#   With spec.securityContext.fsGroup the kubelet makes every supported volume group-owned by that
#   GID, sets the setgid bit on it and adds the GID to every container's supplementary groups.
#   fsGroup 0 therefore hands the root group to every process in the pod and leaves root-group
#   owned, group-writable files on persistent volumes that other workloads may mount later.
# custom:
#   id: root-fs-group
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["NSA:pod-security"]
#   remediation: Set spec.securityContext.fsGroup to a non-zero GID (10000 or more), or remove it.
package kubeward.rules.pod_security.root_fs_group

import data.kubeward.lib.hardening
import data.kubeward.lib.k8s

violation contains {"msg": "the pod sets fsGroup 0: every volume and every container gets the root group", "details": {"path": path}} if {
	not hardening.windows_pod
	not hardening.user_namespaced
	k8s.pod_security_context.fsGroup == 0
	path := sprintf("%s.fsGroup", [k8s.pod_security_context_path])
}
