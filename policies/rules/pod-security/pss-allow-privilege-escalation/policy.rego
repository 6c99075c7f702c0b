# METADATA
# title: Privilege escalation allowed
# description: >-
#   Unless allowPrivilegeEscalation is false, a process in the container can gain more privileges
#   than its parent through setuid/setgid binaries or file capabilities (the kernel's
#   no_new_privs flag stays off), turning a foothold as an unprivileged user into root inside the
#   container. Pod Security Standards Restricted requires every container to set
#   securityContext.allowPrivilegeEscalation to false; pods with spec.os.name windows are exempt
#   from v1.25.
# custom:
#   id: pss-allow-privilege-escalation
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:restricted:allowPrivilegeEscalation", "CIS:5.2.6", "NSA:pod-security"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Set securityContext.allowPrivilegeEscalation to false on every init, regular and ephemeral
#     container.
package kubeward.rules.pod_security.pss_allow_privilege_escalation

import data.kubeward.lib.k8s
import data.kubeward.lib.pss

# The field exists since v1.8; before that the check does not apply. Unset and null count as
# true, because that is the kernel's default.
violation contains {"msg": msg, "details": {"path": path}} if {
	pss.at_least(8)
	not pss.windows_exempt
	some c in k8s.containers
	sc := k8s.security_context(c.container)
	not sc.allowPrivilegeEscalation == false
	path := pss.field_path(c.container, c.path, "allowPrivilegeEscalation")
	msg := sprintf("%s %s; it must set securityContext.allowPrivilegeEscalation to false", [k8s.container_label(c), _state(sc)])
}

_state(sc) := "allows privilege escalation" if sc.allowPrivilegeEscalation == true

_state(sc) := "does not set allowPrivilegeEscalation" if not k8s.is_set(sc, "allowPrivilegeEscalation")
