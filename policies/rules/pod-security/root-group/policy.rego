# METADATA
# title: Root group (GID 0) as primary or supplementary group
# description: >-
#   runAsNonRoot only looks at the user. A process whose primary group (runAsGroup) or one of whose
#   supplementary groups (supplementalGroups) is 0 can read and write everything group-owned by
#   root: in the image, and on any host file a volume exposes. Pod Security Standards once listed
#   "non-root groups" as an optional control for this reason.
# custom:
#   id: root-group
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["NSA:pod-security"]
#   remediation: >-
#     Set securityContext.runAsGroup to a non-zero GID (10000 or more) and remove 0 from
#     spec.securityContext.supplementalGroups.
package kubeward.rules.pod_security.root_group

import data.kubeward.lib.hardening
import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": e.path}} if {
	not hardening.windows_pod
	not hardening.user_namespaced
	some c in k8s.containers
	e := hardening.effective(c, "runAsGroup")
	e.value == 0
	msg := sprintf("%s runs with the root group as its primary group (runAsGroup 0)", [k8s.container_label(c)])
}

violation contains {"msg": "the pod adds the root group to its supplementary groups (supplementalGroups contains 0)", "details": {"path": path}} if {
	not hardening.windows_pod
	not hardening.user_namespaced
	some i, g in k8s.pod_security_context.supplementalGroups
	g == 0
	path := sprintf("%s.supplementalGroups[%d]", [k8s.pod_security_context_path, i])
}
