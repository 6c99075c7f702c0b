# METADATA
# title: Service with externalIPs
# description: >-
#   spec.externalIPs makes kube-proxy capture traffic to the listed addresses on every node. Any
#   user allowed to create or edit a Service can thereby intercept traffic that pods send to
#   any IP address, inside or outside the cluster (CVE-2020-8554, unfixable in Kubernetes
#   itself; the DenyServiceExternalIPs admission plugin, CIS 1.2.3, blocks the field).
# custom:
#   id: service-external-ips
#   severity: medium
#   category: network
#   kinds: [Service]
#   controls: ["CIS:1.2.3", "NSA:network-separation"]
#   remediation: >-
#     Remove spec.externalIPs; expose the Service through a LoadBalancer, an Ingress or a Gateway
#     instead, and enable the DenyServiceExternalIPs admission plugin.
package kubeward.rules.network.service_external_ips

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "spec.externalIPs"}} if {
	ips := [ip | some ip in k8s.resource.spec.externalIPs]
	count(ips) > 0
	msg := sprintf("Service %q sets externalIPs (%s): kube-proxy captures traffic to these addresses on every node (CVE-2020-8554)", [k8s.resource.metadata.name, concat(", ", ips)])
}
