# METADATA
# title: hostAliases set
# description: >-
#   spec.hostAliases writes extra entries into the pod's /etc/hosts, overriding DNS for the names
#   it lists. It is a quiet way to redirect a workload's traffic (to a look-alike API, a
#   credential-harvesting proxy) that no DNS log or NetworkPolicy shows; legitimate needs are
#   better met by a Service, an ExternalName or the cluster's DNS configuration.
# custom:
#   id: host-aliases
#   severity: low
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Remove spec.hostAliases and publish the names through DNS (a Service, an ExternalName Service
#     or a CoreDNS stub domain).
package kubeward.rules.pod_security.host_aliases

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": path}} if {
	some i, alias in k8s.pod_spec.hostAliases
	names := [n | some n in object.get(alias, "hostnames", []); is_string(n)]
	path := sprintf("%s.hostAliases[%d]", [k8s.pod_spec_path, i])
	msg := sprintf("the pod overrides /etc/hosts: %s -> %s", [concat(", ", names), k8s.string_field(alias, "ip")])
}
