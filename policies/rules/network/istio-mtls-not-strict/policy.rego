# METADATA
# title: Istio workload accepting plaintext (mTLS not STRICT)
# description: >-
#   Istio decides the mutual-TLS mode of each workload from the PeerAuthentications that apply
#   to it: a workload-scoped one (selector) over the namespace's over the mesh-wide one in the
#   root namespace, UNSET inheriting, PERMISSIVE when none sets a mode. A workload whose
#   effective mode (or a port's, through portLevelMtls) is PERMISSIVE or DISABLE accepts
#   plaintext connections: traffic can be read and spoofed on the network, and callers are not
#   authenticated by their workload identity, which AuthorizationPolicies rely on. Workloads are
#   judged when the scan holds Istio objects and they run in the mesh; a PeerAuthentication that
#   applies to no scanned workload is judged on its own.
# custom:
#   id: istio-mtls-not-strict
#   severity: medium
#   category: network
#   kinds: [PeerAuthentication, Pod, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     Set spec.mtls.mode (and every spec.portLevelMtls mode) to STRICT in the PeerAuthentication
#     that decides the workload's mode, or add a STRICT one for the workload, namespace or mesh,
#     once every client has a sidecar or ztunnel; keep PERMISSIVE only during migration.
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       rootNamespace:
#         type: string
#         default: istio-system
#         description: The mesh's root namespace (meshConfig.rootNamespace), whose selector-less PeerAuthentication applies mesh-wide.
package kubeward.rules.network.istio_mtls_not_strict

import data.kubeward.lib.istio
import data.kubeward.lib.k8s
import data.kubeward.lib.network
import data.kubeward.lib.workloads

_root := object.get(input, ["parameters", "rootNamespace"], "istio-system")

# ---------------------------------------------------------------------------------------------
# Workloads: the effective mode

_pod_labels := object.get(k8s.pod_metadata, "labels", {})

_judged_workload if {
	k8s.kind != "PeerAuthentication"
	not k8s.pod_spec.hostNetwork == true
	_in_mesh(workloads.namespace, k8s.pod_metadata)
	istio.mesh_present
	_known_member
}

# Istio's default mode (no PeerAuthentication decides) is only held against a workload that is
# in the mesh by its labels: a namespace holding some Istio object says too little on its own
# (the corpus' sample folders put VirtualServices next to unrelated add-ons).
_known_member if not _effective["default"]

_known_member if {
	meta := k8s.pod_metadata
	ns := workloads.namespace
	istio.pod_labelled_in_mesh(network.namespace_labels(ns), object.get(meta, "labels", {}), object.get(meta, "annotations", {}))
}

_in_mesh(ns, meta) if istio.pod_in_mesh(ns, network.namespace_labels(ns), object.get(meta, "labels", {}), object.get(meta, "annotations", {}))

_effective := istio.effective_mtls(workloads.namespace, _pod_labels, _root)

_subject := sprintf("%s %q in namespace %q", [k8s.kind, k8s.resource.metadata.name, workloads.namespace])

violation contains {"msg": msg, "details": {"path": k8s.pod_metadata_path}} if {
	_judged_workload
	_effective.mode in istio.weak_modes
	msg := sprintf("%s accepts plaintext connections: its effective mTLS mode is %s, set by %s", [_subject, _effective.mode, _effective.source])
}

violation contains {"msg": msg, "details": {"path": k8s.pod_metadata_path}} if {
	_judged_workload
	pa := _effective.workload_policy
	some port, setting in object.get(pa, ["spec", "portLevelMtls"], {})
	setting.mode in istio.weak_modes
	setting.mode != _effective.mode
	msg := sprintf("%s accepts plaintext connections on port %v: PeerAuthentication %q sets mTLS mode %s for it (portLevelMtls)", [_subject, port, pa.metadata.name, setting.mode])
}

# ---------------------------------------------------------------------------------------------
# A PeerAuthentication that applies to no scanned workload: judged on its own.

_pa := k8s.resource

_pa_ns := workloads.namespace

_judged_policy if {
	k8s.kind == "PeerAuthentication"
	istio.is_istio(_pa, "security.istio.io")
	not _applies_to_scanned_workload
}

_applies_to_scanned_workload if {
	some ns in _scope_namespaces
	some o in network.pods(ns)
	_in_mesh(ns, _template_metadata(o.object))
	_selected(o.labels)
}

_scope_namespaces := {ns | some ns, _ in data.inventory.namespace} if {
	_pa_ns == _root
	not istio.workload_scoped(_pa)
} else := {_pa_ns}

_selected(labels) if {
	istio.workload_scoped(_pa)
	istio.workload_policy(_pa_ns, labels) == _pa
}

_selected(_) if not istio.workload_scoped(_pa)

_template_metadata(obj) := object.get(obj, ["metadata"], {}) if obj.kind == "Pod"

_template_metadata(obj) := object.get(obj, ["spec", "jobTemplate", "spec", "template", "metadata"], {}) if obj.kind == "CronJob"

_template_metadata(obj) := object.get(obj, ["spec", "template", "metadata"], {}) if not obj.kind in {"Pod", "CronJob"}

_scope := "workloads across the whole mesh" if {
	_pa_ns == _root
	not istio.workload_scoped(_pa)
} else := sprintf("workloads in namespace %q", [_pa_ns])

violation contains {"msg": msg, "details": {"path": "spec.mtls.mode"}} if {
	_judged_policy
	mode := _pa.spec.mtls.mode
	mode in istio.weak_modes
	msg := sprintf("PeerAuthentication %q sets mTLS mode %s: %s accept plaintext connections", [_pa.metadata.name, mode, _scope])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.mode", [k8s.join_path("spec.portLevelMtls", port)])}} if {
	_judged_policy
	some port, setting in _pa.spec.portLevelMtls
	setting.mode in istio.weak_modes
	msg := sprintf("PeerAuthentication %q sets mTLS mode %s for port %s: %s accept plaintext connections on it", [_pa.metadata.name, setting.mode, port, _scope])
}
