# METADATA
# title: Host namespaces
# description: >-
#   A pod that shares the node's network, PID or IPC namespace can sniff and spoof node traffic,
#   reach services bound to localhost, see and signal every process on the node, or read other
#   workloads' shared memory. Pod Security Standards Baseline forbids hostNetwork, hostPID and
#   hostIPC.
# custom:
#   id: pss-host-namespaces
#   severity: high
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:baseline:hostNamespaces", "CIS:5.2.3", "CIS:5.2.4", "CIS:5.2.5", "NSA:pod-security", "MITRE:T1611"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Remove spec.hostNetwork, spec.hostPID and spec.hostIPC (or set them to false); expose the
#     workload through a Service and use containerPort instead of the node's network.
package kubeward.rules.pod_security.pss_host_namespaces

import data.kubeward.lib.k8s

_namespaces := {
	"hostNetwork": "network",
	"hostPID": "process (PID)",
	"hostIPC": "IPC",
}

violation contains {"msg": msg, "details": {"path": path}} if {
	some field, name in _namespaces
	k8s.pod_spec[field] == true
	path := sprintf("%s.%s", [k8s.pod_spec_path, field])
	msg := sprintf("pod shares the host's %s namespace (%s: true)", [name, field])
}
