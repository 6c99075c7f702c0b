# METADATA
# title: Probe and lifecycle hosts
# description: >-
#   The kubelet performs httpGet and tcpSocket probes and lifecycle hooks itself, from the node's
#   network. Pointing their `host` at another address makes the kubelet connect wherever the pod
#   says (node-local services, cloud metadata endpoints, other namespaces), a server-side request
#   forgery that bypasses NetworkPolicy. Pod Security Standards Baseline (v1.34 and later) forbids
#   a non-empty host in liveness, readiness and startup probes and in postStart/preStop handlers.
# custom:
#   id: pss-host-probes
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:baseline:hostProbesAndHostLifecycle"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Remove the host field so the kubelet targets the pod's own IP; to check a dependency, probe
#     an endpoint of the container that checks it, or use an exec probe.
package kubeward.rules.pod_security.pss_host_probes

import data.kubeward.lib.k8s
import data.kubeward.lib.pss

_probes := ["livenessProbe", "readinessProbe", "startupProbe"]

_hooks := ["postStart", "preStop"]

# grpc probes and exec/sleep handlers have no host and cannot be redirected.
_handlers := ["httpGet", "tcpSocket"]

# Every non-empty host, with where it is set relative to the container. An empty or null host
# means "the pod's IP" and is allowed.
_hosts contains {"container": c, "where": sprintf("%s.%s", [probe, kind]), "host": host} if {
	some c in k8s.containers
	some probe in _probes
	some kind in _handlers
	host := k8s.string_field(c.container[probe][kind], "host")
	host != ""
}

_hosts contains {"container": c, "where": sprintf("lifecycle.%s.%s", [hook, kind]), "host": host} if {
	some c in k8s.containers
	some hook in _hooks
	some kind in _handlers
	host := k8s.string_field(c.container.lifecycle[hook][kind], "host")
	host != ""
}

# The check exists from v1.34.
violation contains {"msg": msg, "details": {"path": path}} if {
	pss.at_least(34)
	some h in _hosts
	path := sprintf("%s.%s.host", [h.container.path, h.where])
	msg := sprintf("%s sets %s.host to %q; the kubelet would connect to that host instead of the pod", [k8s.container_label(h.container), h.where, h.host])
}
