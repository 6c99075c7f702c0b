# METADATA
# title: Istio Sidecar allowing egress to any destination
# description: >-
#   A Sidecar with outboundTrafficPolicy.mode ALLOW_ANY lets the workloads it applies to open
#   connections to any host outside the mesh's service registry, passing through the sidecar
#   unmanaged: exfiltration and command-and-control traffic is not stopped and not reported.
#   REGISTRY_ONLY limits egress to services known to the mesh (ServiceEntries for external
#   ones).
# custom:
#   id: istio-sidecar-egress-allow-any
#   severity: low
#   category: network
#   kinds: [Sidecar]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     Set spec.outboundTrafficPolicy.mode to REGISTRY_ONLY and declare the external hosts the
#     workloads need as ServiceEntries (optionally routed through an egress gateway).
package kubeward.rules.network.istio_sidecar_egress_allow_any

import data.kubeward.lib.istio
import data.kubeward.lib.k8s

_sc := k8s.resource

_scope := sprintf("the workloads it selects in namespace %q", [_sc.metadata.namespace]) if {
	count(object.get(_sc, ["spec", "workloadSelector", "labels"], {})) > 0
} else := sprintf("every workload in namespace %q", [object.get(_sc, ["metadata", "namespace"], "default")])

violation contains {"msg": msg, "details": {"path": "spec.outboundTrafficPolicy.mode"}} if {
	istio.is_istio(_sc, "networking.istio.io")
	_sc.spec.outboundTrafficPolicy.mode == "ALLOW_ANY"
	msg := sprintf("Sidecar %q sets outboundTrafficPolicy ALLOW_ANY: %s may connect to any host outside the mesh's registry", [_sc.metadata.name, _scope])
}
