# METADATA
# title: Unmasked /proc (Restricted)
# description: >-
#   procMount Unmasked turns off the runtime's masking of the sensitive parts of /proc. Baseline
#   tolerates it from v1.35 in pods with their own user namespace (spec.hostUsers false);
#   Pod Security Standards Restricted does not: securityContext.procMount must be unset or
#   Default on every container, whatever hostUsers says. (Before v1.35 the Baseline check, which
#   this rule replaces in the pss-restricted bundle, had no such relaxation, so the rule decides
#   the same at every version.)
# custom:
#   id: pss-proc-mount-restricted
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:restricted:procMount_restricted"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Remove securityContext.procMount or set it to Default.
package kubeward.rules.pod_security.pss_proc_mount_restricted

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	sc := k8s.security_context(c.container)
	k8s.is_set(sc, "procMount")
	sc.procMount != "Default"
	path := sprintf("%s.securityContext.procMount", [c.path])
	msg := sprintf("%s sets procMount %q; Restricted allows only Default, even with spec.hostUsers: false", [k8s.container_label(c), sc.procMount])
}
