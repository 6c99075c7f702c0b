# METADATA
# title: Containers run as UID 0
# description: >-
#   runAsUser 0 runs the container's processes as root whatever the image says. Pod Security
#   Standards Restricted (from v1.23) forbids runAsUser 0 on the pod and on every container; from
#   v1.35 pods with spec.hostUsers false are exempt, because UID 0 in their user namespace is an
#   unprivileged user on the node.
# custom:
#   id: pss-run-as-user
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:restricted:runAsUser", "CIS:5.2.7", "NSA:pod-security"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Set runAsUser to a non-zero UID (or remove it and let the image's non-root USER apply),
#     together with runAsNonRoot true.
package kubeward.rules.pod_security.pss_run_as_user

import data.kubeward.lib.k8s
import data.kubeward.lib.pss

_applies if {
	pss.at_least(23)
	not pss.user_namespace_relaxed
}

violation contains {"msg": msg, "details": {"path": path}} if {
	_applies
	k8s.pod_security_context.runAsUser == 0
	path := sprintf("%s.runAsUser", [k8s.pod_security_context_path])
	msg := "pod sets securityContext.runAsUser to 0 (root)"
}

violation contains {"msg": msg, "details": {"path": path}} if {
	_applies
	some c in k8s.containers
	k8s.security_context(c.container).runAsUser == 0
	path := sprintf("%s.securityContext.runAsUser", [c.path])
	msg := sprintf("%s sets securityContext.runAsUser to 0 (root)", [k8s.container_label(c)])
}
