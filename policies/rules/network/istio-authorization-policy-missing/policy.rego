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
package kubeward.rules.network.istio_authorization_policy_missing

import data.kubeward.lib.k8s

_istio_groups := {"security.istio.io", "networking.istio.io", "telemetry.istio.io", "extensions.istio.io"}

_istio_gv(gv) if {
	some group in _istio_groups
	startswith(gv, sprintf("%s/", [group]))
}

_mesh_present if {
	some ns, gv
	data.inventory.namespace[ns][gv]
	_istio_gv(gv)
}

_name := k8s.resource.metadata.name

_labels := object.get(k8s.resource, ["metadata", "labels"], {})

_in_mesh if _labels["istio-injection"] == "enabled"

_in_mesh if _labels["istio.io/dataplane-mode"] == "ambient"

_in_mesh if is_string(_labels["istio.io/rev"])

_in_mesh if {
	some gv
	data.inventory.namespace[_name][gv]
	_istio_gv(gv)
}

_has_policy(ns) if {
	some gv, name
	data.inventory.namespace[ns][gv].AuthorizationPolicy[name]
	startswith(gv, "security.istio.io/")
}

violation contains {"msg": msg, "details": {"path": "metadata.name"}} if {
	_mesh_present
	_in_mesh
	not _has_policy(_name)
	not _has_policy("istio-system")
	msg := sprintf("Namespace %q is in the Istio mesh but no AuthorizationPolicy applies to it (none in %q or the root namespace \"istio-system\"): its workloads accept requests from every peer", [_name, _name])
}
