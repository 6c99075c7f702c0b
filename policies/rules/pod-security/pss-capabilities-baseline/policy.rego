# METADATA
# title: Capabilities beyond the Baseline set
# description: >-
#   Linux capabilities split root's power into pieces; some of them (SYS_ADMIN, NET_ADMIN,
#   SYS_PTRACE, SYS_MODULE, NET_RAW, BPF, ...) are enough to escape the container or attack the
#   node and its neighbours. Pod Security Standards Baseline lets containers add only the
#   capabilities a container runtime grants by default, minus NET_RAW: AUDIT_WRITE, CHOWN,
#   DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP,
#   SETUID and SYS_CHROOT.
# custom:
#   id: pss-capabilities-baseline
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:baseline:capabilities_baseline", "CIS:5.2.9"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Remove the capability from securityContext.capabilities.add. If the workload truly needs
#     it, run it in a namespace with a less restrictive policy and document why.
package kubeward.rules.pod_security.pss_capabilities_baseline

import data.kubeward.lib.k8s
import data.kubeward.lib.pss

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	some i, capability in k8s.security_context(c.container).capabilities.add
	not capability in pss.baseline_capabilities
	path := sprintf("%s.securityContext.capabilities.add[%d]", [c.path, i])
	msg := sprintf("%s adds capability %q, which is not in the Baseline set", [k8s.container_label(c), capability])
}
