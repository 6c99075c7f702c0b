# METADATA
# title: Unsafe sysctls
# description: >-
#   Most kernel parameters are shared by every pod on the node, so setting them from a pod can
#   weaken or crash its neighbours. Pod Security Standards Baseline allows only the sysctls that
#   are namespaced and isolated per pod (the list grows by version): kernel.shm_rmid_forced, net.ipv4.ip_local_port_range,
#   net.ipv4.ip_local_reserved_ports, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range,
#   net.ipv4.ip_unprivileged_port_start, net.ipv4.tcp_keepalive_time,
#   net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl, net.ipv4.tcp_keepalive_probes,
#   net.ipv4.tcp_rmem, net.ipv4.tcp_wmem, net.ipv4.tcp_slow_start_after_idle and
#   net.ipv4.tcp_notsent_lowat.
# custom:
#   id: pss-sysctls
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:baseline:sysctls"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Remove the sysctl from spec.securityContext.sysctls; tune node-wide kernel parameters on the
#     nodes themselves (or with a privileged node agent in a dedicated namespace).
package kubeward.rules.pod_security.pss_sysctls

import data.kubeward.lib.k8s
import data.kubeward.lib.pss

# The safe set grows by version: v1.0's five, net.ipv4.ip_local_reserved_ports from v1.27, the
# tcp keepalive/fin sysctls from v1.29, tcp_rmem/tcp_wmem from v1.32 and
# tcp_slow_start_after_idle/tcp_notsent_lowat from v1.37. Names are compared exactly, as Pod
# Security Admission does (the slash form net/ipv4/... is not listed).
_additions := {
	0: {
		"kernel.shm_rmid_forced",
		"net.ipv4.ip_local_port_range",
		"net.ipv4.tcp_syncookies",
		"net.ipv4.ping_group_range",
		"net.ipv4.ip_unprivileged_port_start",
	},
	27: {"net.ipv4.ip_local_reserved_ports"},
	29: {
		"net.ipv4.tcp_keepalive_time",
		"net.ipv4.tcp_fin_timeout",
		"net.ipv4.tcp_keepalive_intvl",
		"net.ipv4.tcp_keepalive_probes",
	},
	32: {"net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"},
	37: {"net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"},
}

allowed_sysctls contains name if {
	some minor, names in _additions
	pss.at_least(minor)
	some name in names
}

violation contains {"msg": msg, "details": {"path": path}} if {
	some i, sysctl in k8s.pod_security_context.sysctls
	name := k8s.string_field(sysctl, "name")
	not name in allowed_sysctls
	path := sprintf("%s.sysctls[%d].name", [k8s.pod_security_context_path, i])
	msg := sprintf("pod sets sysctl %q, which is not in the Baseline safe set", [name])
}
