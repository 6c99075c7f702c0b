# METADATA
# title: Dangerous Linux capabilities added
# description: >-
#   Some Linux capabilities are, on their own, enough to take over the node or its neighbours:
#   SYS_ADMIN (mount, namespaces, BPF — "the new root"), SYS_MODULE (load kernel modules),
#   SYS_PTRACE (read and inject into other processes), NET_ADMIN (rewrite the node's routing and
#   firewall when combined with hostNetwork), BPF and PERFMON (kernel tracing), SYS_RAWIO,
#   DAC_READ_SEARCH (open any file by handle, the "shocker" escape), SYS_BOOT and ALL. This rule
#   reports any container that adds one of them. The list is a parameter.
# custom:
#   id: dangerous-capabilities
#   severity: high
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["CIS:5.2.9", "NSA:pod-security", "MITRE:T1611"]
#   remediation: >-
#     Remove the capability from securityContext.capabilities.add and drop ALL; if a node agent
#     really needs it, run it in a dedicated namespace and record the exception.
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       capabilities:
#         description: Capabilities reported when added (without the CAP_ prefix; compared case-insensitively).
#         type: array
#         items: {type: string}
#         default: [ALL, SYS_ADMIN, SYS_MODULE, SYS_PTRACE, SYS_RAWIO, SYS_BOOT, NET_ADMIN, BPF, PERFMON, DAC_READ_SEARCH]
package kubeward.rules.pod_security.dangerous_capabilities

import data.kubeward.lib.k8s

default_capabilities := ["ALL", "SYS_ADMIN", "SYS_MODULE", "SYS_PTRACE", "SYS_RAWIO", "SYS_BOOT", "NET_ADMIN", "BPF", "PERFMON", "DAC_READ_SEARCH"]

dangerous := {_canonical(c) | some c in object.get(input, ["parameters", "capabilities"], default_capabilities)}

# The container runtime accepts "sys_admin" and "CAP_SYS_ADMIN" alike, so compare that way.
_canonical(c) := trim_prefix(upper(c), "CAP_")

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	some i, capability in k8s.security_context(c.container).capabilities.add
	is_string(capability)
	_canonical(capability) in dangerous
	path := sprintf("%s.securityContext.capabilities.add[%d]", [c.path, i])
	msg := sprintf("%s adds the dangerous capability %q", [k8s.container_label(c), capability])
}
