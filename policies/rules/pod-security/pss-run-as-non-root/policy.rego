# METADATA
# title: Containers may run as root
# description: >-
#   A container running as UID 0 is root inside the container and, without a user namespace, the
#   same root the node's kernel knows: one kernel or runtime bug away from the host. Pod Security
#   Standards Restricted requires runAsNonRoot true, so the kubelet refuses to start a container
#   whose user is root: set on the pod (containers may then leave it unset) or on every
#   container, and never false. From v1.35 pods with spec.hostUsers false (their own user
#   namespace) are exempt.
# custom:
#   id: pss-run-as-non-root
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:restricted:runAsNonRoot", "CIS:5.2.7", "NSA:pod-security"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Set spec.securityContext.runAsNonRoot to true (and remove any container-level false), and
#     make the image run as a non-root user (USER in the Dockerfile or runAsUser).
package kubeward.rules.pod_security.pss_run_as_non_root

import data.kubeward.lib.k8s
import data.kubeward.lib.pss

_pod_value := v if {
	v := k8s.pod_security_context.runAsNonRoot
	v != null
}

violation contains {"msg": msg, "details": {"path": path}} if {
	not pss.user_namespace_relaxed
	_pod_value == false
	path := sprintf("%s.runAsNonRoot", [k8s.pod_security_context_path])
	msg := "pod sets securityContext.runAsNonRoot to false; it must be true"
}

violation contains {"msg": msg, "details": {"path": path}} if {
	not pss.user_namespace_relaxed
	some c in k8s.containers
	k8s.security_context(c.container).runAsNonRoot == false
	path := sprintf("%s.securityContext.runAsNonRoot", [c.path])
	msg := sprintf("%s sets securityContext.runAsNonRoot to false; it must be true", [k8s.container_label(c)])
}

# A container that leaves it unset inherits the pod's value; when the pod does not set it
# either, nothing stops the container from running as root. (A pod-level false is reported
# above, once, instead of once per inheriting container.)
violation contains {"msg": msg, "details": {"path": path}} if {
	not pss.user_namespace_relaxed
	not k8s.is_set(k8s.pod_security_context, "runAsNonRoot")
	some c in k8s.containers
	not k8s.is_set(k8s.security_context(c.container), "runAsNonRoot")
	path := pss.field_path(c.container, c.path, "runAsNonRoot")
	msg := sprintf("neither the pod nor %s sets securityContext.runAsNonRoot to true", [k8s.container_label(c)])
}
