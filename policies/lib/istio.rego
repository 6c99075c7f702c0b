# Istio's security objects as istiod reads them: which workloads are in the mesh, and the
# effective mutual-TLS mode of a workload from the PeerAuthentications at workload, namespace and
# mesh (root namespace) scope. Reads data.inventory, so it works on a folder, a render or a cluster.
package kubeward.lib.istio

import data.kubeward.lib.selectors

groups := {"security.istio.io", "networking.istio.io", "telemetry.istio.io", "extensions.istio.io"}

is_istio(obj, group) if startswith(obj.apiVersion, sprintf("%s/", [group]))

# The Istio API versions, looked up directly: scanning every apiVersion of every namespace with
# string tests, for each workload, made the corpus scan several times slower.
# regal ignore:rule-name-repeats-package
istio_versions := {
	"security.istio.io/v1", "security.istio.io/v1beta1",
	"networking.istio.io/v1", "networking.istio.io/v1beta1", "networking.istio.io/v1alpha3",
	"telemetry.istio.io/v1", "telemetry.istio.io/v1alpha1",
	"extensions.istio.io/v1alpha1",
}

# True when namespace ns holds Istio objects.
holds_istio_objects(ns) if {
	some gv in istio_versions
	data.inventory.namespace[ns][gv]
}

# True when the scan holds any Istio object: without one, mesh rules have nothing to go on.
mesh_present if {
	some ns, _ in data.inventory.namespace
	holds_istio_objects(ns)
}

# True when namespace ns (with labels ns_labels) is part of the mesh: sidecar injection or
# ambient mode enabled, a revision label, or Istio objects of its own.
namespace_in_mesh(_, ns_labels) if ns_labels["istio-injection"] == "enabled"

namespace_in_mesh(_, ns_labels) if ns_labels["istio.io/dataplane-mode"] == "ambient"

namespace_in_mesh(_, ns_labels) if is_string(ns_labels["istio.io/rev"])

namespace_in_mesh(ns, _) if holds_istio_objects(ns)

# True when a pod (its template's labels and annotations) in namespace ns runs in the mesh: its
# namespace is, or the pod asks for a sidecar itself; `sidecar.istio.io/inject: "false"` opts out.
pod_in_mesh(ns, ns_labels, pod_labels, pod_annotations) if {
	not _opted_out(pod_labels, pod_annotations)
	_in_mesh(ns, ns_labels, pod_labels, pod_annotations)
}

# The same, from labels and annotations only (not from the namespace holding Istio objects):
# what sidecar injection or ambient capture act on.
pod_labelled_in_mesh(ns_labels, pod_labels, pod_annotations) if {
	not _opted_out(pod_labels, pod_annotations)
	_labelled(ns_labels, pod_labels, pod_annotations)
}

_opted_out(pod_labels, _) if pod_labels["sidecar.istio.io/inject"] == "false"

_opted_out(_, pod_annotations) if pod_annotations["sidecar.istio.io/inject"] == "false"

_in_mesh(ns, ns_labels, _, _) if namespace_in_mesh(ns, ns_labels)

_in_mesh(_, ns_labels, pod_labels, pod_annotations) if _labelled(ns_labels, pod_labels, pod_annotations)

_labelled(ns_labels, _, _) if ns_labels["istio-injection"] == "enabled"

_labelled(ns_labels, _, _) if ns_labels["istio.io/dataplane-mode"] == "ambient"

_labelled(ns_labels, _, _) if is_string(ns_labels["istio.io/rev"])

_labelled(_, pod_labels, _) if pod_labels["sidecar.istio.io/inject"] == "true"

_labelled(_, _, pod_annotations) if pod_annotations["sidecar.istio.io/inject"] == "true"

_labelled(_, pod_labels, _) if is_string(pod_labels["istio.io/rev"])

peer_authentications(ns) := {pa |
	some gv, name
	pa := data.inventory.namespace[ns][gv].PeerAuthentication[name]
	is_istio(pa, "security.istio.io")
}

# A PeerAuthentication with a selector applies to the workloads it selects; without one (or with
# an empty one) to its whole namespace, and in the root namespace to the whole mesh.
workload_scoped(pa) if count(object.get(pa, ["spec", "selector", "matchLabels"], {})) > 0

# The mode a PeerAuthentication sets; UNSET and absence inherit, so they set nothing.
mode(pa) := m if {
	m := pa.spec.mtls.mode
	m != "UNSET"
}

_describe(pa) := sprintf("PeerAuthentication %q in namespace %q", [pa.metadata.name, pa.metadata.namespace])

# The PeerAuthentication of each scope for a pod with labels in namespace ns (root: the mesh's
# root namespace). When several workload-scoped ones match, istiod uses the oldest; a manifest
# has no creation time, so the first by name stands in for it.
workload_policy(ns, labels) := pa if {
	matching := {[p.metadata.name, p] |
		some p in peer_authentications(ns)
		workload_scoped(p)
		selectors.matches(p.spec.selector, labels)
	}
	count(matching) > 0
	pa := sort(matching)[0][1]
}

namespace_policy(ns) := pa if {
	unscoped := {[p.metadata.name, p] | some p in peer_authentications(ns); not workload_scoped(p)}
	count(unscoped) > 0
	pa := sort(unscoped)[0][1]
}

# The effective mode of a pod and what decided it: workload > namespace > mesh > Istio's default
# (PERMISSIVE). {"mode", "source", "workload_policy" (when one applies)}.
effective_mtls(ns, labels, root) := object.union(_decided(ns, labels, root), _with_workload_policy(ns, labels))

_decided(ns, labels, root) := {"mode": mode(pa), "source": _describe(pa)} if {
	pa := workload_policy(ns, labels)
	mode(pa)
} else := {"mode": mode(pa), "source": _describe(pa)} if {
	pa := namespace_policy(ns)
	mode(pa)
} else := {"mode": mode(pa), "source": sprintf("the mesh-wide %s", [_describe(pa)])} if {
	pa := namespace_policy(root)
	mode(pa)
} else := {"mode": "PERMISSIVE", "source": "Istio's default (no PeerAuthentication sets a mode for it)", "default": true}

_with_workload_policy(ns, labels) := {"workload_policy": pa} if {
	pa := workload_policy(ns, labels)
} else := {}

weak_modes := {"PERMISSIVE", "DISABLE"}

# ---------------------------------------------------------------------------------------------
# AuthorizationPolicies

authorization_policies(ns) := {ap |
	some gv, name
	ap := data.inventory.namespace[ns][gv].AuthorizationPolicy[name]
	is_istio(ap, "security.istio.io")
}

# True when an ALLOW policy has a rule that matches every request (`rules: [{}]`): it restricts
# nothing for the workloads it selects.
allows_everything(ap) if {
	object.get(ap, ["spec", "action"], "ALLOW") == "ALLOW"
	some r in object.get(ap, ["spec", "rules"], [])
	is_object(r)
	every _, v in r {
		count(v) == 0
	}
}
