# METADATA
# title: Istio PeerAuthentication not requiring mutual TLS
# description: >-
#   A PeerAuthentication with mtls mode PERMISSIVE or DISABLE (for the whole policy or for a
#   port) lets the workloads it applies to accept plaintext connections: traffic can be read
#   and spoofed on the network, and callers are not authenticated by their workload identity,
#   which AuthorizationPolicies rely on. In the root namespace without a selector it applies to
#   the whole mesh.
# custom:
#   id: istio-mtls-not-strict
#   severity: medium
#   category: network
#   kinds: [PeerAuthentication]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     Set spec.mtls.mode (and every spec.portLevelMtls mode) to STRICT once every client of the
#     workloads has a sidecar or ztunnel; keep PERMISSIVE only during migration.
package kubeward.rules.network.istio_mtls_not_strict

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

_weak := {"PERMISSIVE", "DISABLE"}

_scope := "workloads across the whole mesh" if {
	workloads.namespace == "istio-system"
	not _has_selector
} else := sprintf("workloads in namespace %q", [workloads.namespace])

violation contains {"msg": msg, "details": {"path": "spec.mtls.mode"}} if {
	mode := k8s.resource.spec.mtls.mode
	mode in _weak
	msg := sprintf("PeerAuthentication %q sets mTLS mode %s: %s accept plaintext connections", [k8s.resource.metadata.name, mode, _scope])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.mode", [k8s.join_path("spec.portLevelMtls", port)])}} if {
	some port, setting in k8s.resource.spec.portLevelMtls
	setting.mode in _weak
	msg := sprintf("PeerAuthentication %q sets mTLS mode %s for port %s: %s accept plaintext connections on it", [k8s.resource.metadata.name, setting.mode, port, _scope])
}

_has_selector if is_object(k8s.resource.spec.selector)
