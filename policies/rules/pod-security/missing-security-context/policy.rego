# METADATA
# title: No securityContext at all
# description: >-
#   A container with no securityContext, in a pod with none either, runs with every default the
#   runtime and image choose: possibly as root, with a writable root file system, privilege
#   escalation allowed and the runtime's default capabilities. CIS 5.6.3 asks that a security
#   context be applied to pods and containers; a pod-level securityContext counts for its
#   containers, since its settings (runAsUser, runAsNonRoot, seccompProfile, ...) apply to them.
# custom:
#   id: missing-security-context
#   severity: low
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["CIS:5.6.3", "NSA:pod-security"]
#   remediation: >-
#     Add a securityContext to the pod (runAsNonRoot, runAsUser, seccompProfile) and to each
#     container (allowPrivilegeEscalation false, readOnlyRootFilesystem true, capabilities drop ALL).
package kubeward.rules.pod_security.missing_security_context

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": c.path}} if {
	count(k8s.pod_security_context) == 0
	some c in k8s.containers
	count(k8s.security_context(c.container)) == 0
	msg := sprintf("%s has no securityContext, and the pod sets none either", [k8s.container_label(c)])
}
