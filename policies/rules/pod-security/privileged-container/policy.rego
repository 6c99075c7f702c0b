# METADATA
# title: Privileged containers
# description: >-
#   A privileged container runs with every Linux capability, sees every host device and is not
#   confined by seccomp, AppArmor or SELinux: it is root on the node in all but name. Pod Security
#   Standards Baseline forbids securityContext.privileged=true on any container.
# custom:
#   id: privileged-container
#   severity: high
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:baseline:privileged", "CIS:5.2.2", "NSA:pod-security", "MITRE:T1611"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Remove securityContext.privileged or set it to false; grant only the specific capabilities
#     the workload needs through securityContext.capabilities.add.
package kubeward.rules.pod_security.privileged_container

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	k8s.security_context(c.container).privileged == true
	path := sprintf("%s.securityContext.privileged", [c.path])
	msg := sprintf("%s is privileged", [k8s.container_label(c)])
}
