# METADATA
# title: hostNetwork pod without ClusterFirstWithHostNet DNS
# description: >-
#   A pod on the host network with dnsPolicy ClusterFirst (the default) silently gets the node's
#   resolver instead of cluster DNS, so it cannot resolve Services by name. ClusterFirstWithHostNet
#   gives it cluster DNS; Default states that the node's resolver is intended.
# custom:
#   id: host-network-dns-policy
#   severity: low
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Set dnsPolicy to ClusterFirstWithHostNet (cluster DNS) or to Default (node DNS, on purpose).
package kubeward.rules.workloads.host_network_dns_policy

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": path}} if {
	k8s.pod_spec.hostNetwork == true
	policy := k8s.string_field(k8s.pod_spec, "dnsPolicy")
	policy in {"", "ClusterFirst"}
	path := _path(policy)
	msg := sprintf("pod uses hostNetwork with dnsPolicy %s, which falls back to the node's DNS: it cannot resolve cluster Services", [_label(policy)])
}

_path("") := sprintf("%s.hostNetwork", [k8s.pod_spec_path])

_path("ClusterFirst") := sprintf("%s.dnsPolicy", [k8s.pod_spec_path])

_label("") := "unset (ClusterFirst)"

_label("ClusterFirst") := "ClusterFirst"
