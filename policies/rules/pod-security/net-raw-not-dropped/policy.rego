# METADATA
# title: NET_RAW capability not dropped
# description: >-
#   Container runtimes grant NET_RAW by default. It lets a process craft raw packets: ARP and DNS
#   spoofing of other pods on the node, ICMP tunnels, and the exploitation path of several kernel
#   CVEs. Few applications need it (ping does not, on modern kernels). Every Linux container should
#   drop NET_RAW (or ALL) and none should add it back.
# custom:
#   id: net-raw-not-dropped
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["CIS:5.2.8", "NSA:pod-security"]
#   remediation: >-
#     Add "ALL" (or at least "NET_RAW") to securityContext.capabilities.drop and remove NET_RAW
#     from capabilities.add.
package kubeward.rules.pod_security.net_raw_not_dropped

import data.kubeward.lib.hardening
import data.kubeward.lib.k8s

_capabilities(c) := object.get(k8s.security_context(c.container), "capabilities", {})

_adds_net_raw(c) := [i | some i, cap in _capabilities(c).add; is_string(cap); hardening.canonical_capability(cap) == "NET_RAW"]

_drops_net_raw(c) if {
	some cap in _capabilities(c).drop
	is_string(cap)
	hardening.canonical_capability(cap) in {"NET_RAW", "ALL"}
}

violation contains {"msg": msg, "details": {"path": path}} if {
	not hardening.windows_pod
	some c in k8s.containers
	count(_adds_net_raw(c)) == 0
	not _drops_net_raw(c)
	path := sprintf("%s.securityContext.capabilities.drop", [c.path])
	msg := sprintf("%s does not drop the NET_RAW capability (drop NET_RAW or ALL)", [k8s.container_label(c)])
}

violation contains {"msg": msg, "details": {"path": path}} if {
	not hardening.windows_pod
	some c in k8s.containers
	some i in _adds_net_raw(c)
	path := sprintf("%s.securityContext.capabilities.add[%d]", [c.path, i])
	msg := sprintf("%s adds the NET_RAW capability", [k8s.container_label(c)])
}
