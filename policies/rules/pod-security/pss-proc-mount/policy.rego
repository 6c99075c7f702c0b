# METADATA
# title: Unmasked /proc
# description: >-
#   The container runtime masks and makes read-only the parts of /proc that leak host information
#   or let a process reconfigure the kernel. procMount Unmasked turns that off. Pod Security
#   Standards Baseline requires securityContext.procMount to be unset or Default on every
#   container, unless the pod runs in its own user namespace (spec.hostUsers false), where an
#   unmasked /proc no longer reaches the host's (a relaxation from v1.35).
# custom:
#   id: pss-proc-mount
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:baseline:procMount"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Remove securityContext.procMount or set it to Default. Workloads that need an unmasked
#     /proc (nested containers, for example) should run with spec.hostUsers set to false.
package kubeward.rules.pod_security.pss_proc_mount

import data.kubeward.lib.k8s
import data.kubeward.lib.pss

# Any value other than Default is forbidden (Unmasked, but also misspellings and ""): the check
# mirrors Pod Security Admission, which compares the value exactly.
violation contains {"msg": msg, "details": {"path": path}} if {
	not pss.user_namespace_relaxed
	some c in k8s.containers
	sc := k8s.security_context(c.container)
	k8s.is_set(sc, "procMount")
	sc.procMount != "Default"
	path := sprintf("%s.securityContext.procMount", [c.path])
	msg := sprintf("%s sets procMount %q without a user namespace (spec.hostUsers: false)", [k8s.container_label(c), sc.procMount])
}
