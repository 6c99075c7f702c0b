# METADATA
# title: Workload exposed to the internet
# description: >-
#   Names every path through which traffic from outside the cluster reaches a workload's pods: a
#   LoadBalancer or NodePort Service selecting them, or an Ingress or Gateway API route
#   (HTTPRoute, GRPCRoute, TLSRoute) sending traffic to a Service that selects them. Exposed
#   workloads are the first thing an attacker probes; each exposure should be intended, and the
#   workload hardened, authenticated and patched accordingly.
# custom:
#   id: workload-exposed-to-internet
#   severity: low
#   category: network
#   kinds: [Pod, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["NSA:network-separation", "MITRE:T1190"]
#   remediation: >-
#     If the exposure is not intended, remove it (ClusterIP Service, no Ingress or route); if it
#     is, restrict its sources (loadBalancerSourceRanges, an allow-list at the ingress), require
#     TLS and authentication, and isolate the pods with a NetworkPolicy.
package kubeward.rules.network.workload_exposed_to_internet

import data.kubeward.lib.k8s
import data.kubeward.lib.network
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": k8s.pod_metadata_path}} if {
	labels := object.get(k8s.pod_metadata, "labels", {})
	some exposure in network.exposures(workloads.namespace, labels)
	msg := sprintf("%s %s/%s is exposed to the internet: %s", [k8s.kind, workloads.namespace, k8s.resource.metadata.name, exposure])
}
