# METADATA
# title: LoadBalancer Service open to every address
# description: >-
#   A LoadBalancer Service without loadBalancerSourceRanges (or with 0.0.0.0/0 or ::/0 in them)
#   gets a cloud load balancer that accepts connections from the whole internet. Load balancers
#   that the cloud provider's annotations make internal (AWS, Azure, GCP, OCI, IBM, OpenStack)
#   are skipped.
# custom:
#   id: service-load-balancer-unrestricted
#   severity: medium
#   category: network
#   kinds: [Service]
#   controls: ["NSA:network-separation", "MITRE:T1190"]
#   remediation: >-
#     Set spec.loadBalancerSourceRanges to the CIDRs of the clients that need the Service, make
#     the load balancer internal with your provider's annotation, or expose the workload through
#     an Ingress or Gateway with authentication.
package kubeward.rules.network.service_load_balancer_unrestricted

import data.kubeward.lib.k8s

_svc := k8s.resource

_annotations := object.get(_svc, ["metadata", "annotations"], {})

_internal_annotations := {
	"service.beta.kubernetes.io/aws-load-balancer-scheme": {"internal"},
	"service.beta.kubernetes.io/aws-load-balancer-internal": {"true", "0.0.0.0/0"},
	"service.beta.kubernetes.io/azure-load-balancer-internal": {"true"},
	"networking.gke.io/load-balancer-type": {"Internal"},
	"cloud.google.com/load-balancer-type": {"Internal", "internal"},
	"service.beta.kubernetes.io/oci-load-balancer-internal": {"true"},
	"service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type": {"private"},
	"service.beta.kubernetes.io/openstack-internal-load-balancer": {"true"},
}

_internal if {
	some key, values in _internal_annotations
	_annotations[key] in values
}

_judged if {
	_svc.spec.type == "LoadBalancer"
	not _internal
}

_source_annotation := "service.beta.kubernetes.io/load-balancer-source-ranges"

_ranges := [r | some r in _svc.spec.loadBalancerSourceRanges]

_annotation_ranges := [trim_space(r) | some r in split(_annotations[_source_annotation], ",")]

_open := {"0.0.0.0/0", "::/0"}

violation contains {"msg": msg, "details": {"path": "spec.type"}} if {
	_judged
	count(_ranges) == 0
	count(object.get(_annotations, _source_annotation, "")) == 0
	msg := sprintf("Service %q of type LoadBalancer has no loadBalancerSourceRanges: port %s is reachable from every address", [_svc.metadata.name, _ports])
}

violation contains {"msg": msg, "details": {"path": sprintf("spec.loadBalancerSourceRanges[%d]", [i])}} if {
	_judged
	some i, r in _ranges
	r in _open
	msg := sprintf("Service %q of type LoadBalancer allows every address (%s) in loadBalancerSourceRanges: port %s is reachable from anywhere", [_svc.metadata.name, r, _ports])
}

violation contains {"msg": msg, "details": {"path": sprintf("metadata.annotations[%q]", [_source_annotation])}} if {
	_judged
	count(_ranges) == 0
	some r in _annotation_ranges
	r in _open
	msg := sprintf("Service %q of type LoadBalancer allows every address (%s) in its %s annotation: port %s is reachable from anywhere", [_svc.metadata.name, r, _source_annotation, _ports])
}

_ports := concat(", ", [sprintf("%v", [p.port]) | some p in object.get(_svc.spec, "ports", [])])
