# METADATA
# title: Istio mesh namespace without an AuthorizationPolicy
# description: >-
#   In an Istio mesh, a workload that no AuthorizationPolicy applies to accepts every request
#   from every peer: mutual TLS authenticates callers but does not restrict them. Judged only
#   when the scan holds Istio objects, for namespaces in the mesh (labelled istio-injection=enabled,
#   istio.io/rev or istio.io/dataplane-mode=ambient, or holding Istio objects) when neither
#   the namespace nor the root namespace istio-system has an AuthorizationPolicy.
# custom:
#   id: istio-authorization-policy-missing
#   severity: medium
#   category: network
#   kinds: [Namespace]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     Add a deny-by-default AuthorizationPolicy (spec: {}) to the namespace (or a mesh-wide one to
#     istio-system) and ALLOW policies naming the principals and paths each workload serves.
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       rootNamespace:
#         type: string
#         default: istio-system
#         description: The mesh's root namespace (meshConfig.rootNamespace), whose policies apply mesh-wide.
package kubeward.rules.network.istio_authorization_policy_missing

import data.kubeward.lib.istio
import data.kubeward.lib.k8s

_root := object.get(input, ["parameters", "rootNamespace"], "istio-system")

_name := k8s.resource.metadata.name

_labels := object.get(k8s.resource, ["metadata", "labels"], {})

_has_policy(ns) if {
	some ap in istio.authorization_policies(ns)
	not istio.allows_everything(ap)
}

violation contains {"msg": msg, "details": {"path": "metadata.name"}} if {
	istio.mesh_present
	istio.namespace_in_mesh(_name, _labels)
	not _has_policy(_name)
	not _has_policy(_root)
	msg := sprintf("Namespace %q is in the Istio mesh but no AuthorizationPolicy applies to it (none in %q or the root namespace %q): its workloads accept requests from every peer", [_name, _name, _root])
}
