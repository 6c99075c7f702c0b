# METADATA
# title: Windows HostProcess containers
# description: >-
#   A Windows HostProcess container runs directly on the node, outside any container isolation,
#   with access to the host's network, processes and file system. Pod Security Standards Baseline
#   forbids securityContext.windowsOptions.hostProcess=true on the pod and on every container.
# custom:
#   id: pss-host-process
#   severity: high
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:baseline:windowsHostProcess", "CIS:5.2.10", "MITRE:T1611"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Remove securityContext.windowsOptions.hostProcess (or set it to false) on the pod and on
#     every container; run node-level Windows tooling outside the cluster's workloads.
package kubeward.rules.pod_security.pss_host_process

import data.kubeward.lib.k8s

# The pod-level setting makes every container a HostProcess container; it is reported on its
# own, and so is each container that sets it explicitly (as Pod Security Admission does).
violation contains {"msg": msg, "details": {"path": path}} if {
	k8s.pod_security_context.windowsOptions.hostProcess == true
	path := sprintf("%s.windowsOptions.hostProcess", [k8s.pod_security_context_path])
	msg := "pod sets securityContext.windowsOptions.hostProcess to true, so every container runs as a Windows HostProcess container"
}

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	k8s.security_context(c.container).windowsOptions.hostProcess == true
	path := sprintf("%s.securityContext.windowsOptions.hostProcess", [c.path])
	msg := sprintf("%s runs as a Windows HostProcess container", [k8s.container_label(c)])
}
