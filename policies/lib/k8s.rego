# Kubernetes object accessors.
#
# Accessors over input.review.object (Gatekeeper's input shape) that let a rule judge "the pod"
# of any workload kind without caring where the kind keeps its pod template. Every accessor
# also yields the path of what it returns, relative to the object root, in the syntax
# `a.b[0].c` (keys that are not identifiers are written `a["k.e/y"]`, JSON-quoted), because the
# engine turns that path into a file:line.
package kubeward.lib.k8s

# The object under review. (Not named `object`: that would shadow the object.* builtins.)
resource := input.review.object

# The kind is taken from the admission request when present (authoritative for admission and
# for Gatekeeper), else from the object itself (plain manifests scanned from files).
kind := k if {
	k := input.review.kind.kind
} else := input.review.object.kind

# Every kind that carries a pod spec, in the order people usually think of them. Rule metadata
# lists these in `kinds`; main.rego only evaluates a rule for the kinds configured for it.
workload_kinds := [
	"Pod",
	"PodTemplate",
	"Deployment",
	"ReplicaSet",
	"ReplicationController",
	"StatefulSet",
	"DaemonSet",
	"Job",
	"CronJob",
]

# Kinds whose pod template sits at spec.template.
_spec_template_kinds := {"Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job"}

# Path (relative to the object root) of the object that holds the pod's `metadata` and `spec`;
# "" for a Pod, which is its own template.
_template_path := "" if kind == "Pod"

_template_path := "template" if kind == "PodTemplate"

_template_path := "spec.template" if kind in _spec_template_kinds

_template_path := "spec.jobTemplate.spec.template" if kind == "CronJob"

# Separate rules per kind (not object.get with a path array) keep this to plain references,
# which every evaluator (OPA, wasm, Gatekeeper) handles identically.
_template := resource if kind == "Pod"

_template := resource.template if kind == "PodTemplate"

_template := resource.spec.template if kind in _spec_template_kinds

_template := resource.spec.jobTemplate.spec.template if kind == "CronJob"

# The pod spec of any workload kind, and its path.
pod_spec := _template.spec

pod_spec_path := join_path(_template_path, "spec")

# The pod-level metadata: AppArmor (and legacy seccomp) annotations are read by the kubelet from
# the *pod's* metadata, i.e. the template's metadata for a controller, never the controller's own.
pod_metadata := _template.metadata

pod_metadata_path := join_path(_template_path, "metadata")

# The pod's securityContext, {} when unset, so callers can chain lookups without guarding.
pod_security_context := security_context(pod_spec)

# Paths are built with concat and format_int, not sprintf, in the helpers that run for every object:
# sprintf is a host call out of the wasm engine (kubeward's Go-exact implementation in JavaScript),
# and these ran a dozen times per admission review.
pod_security_context_path := concat("", [pod_spec_path, ".securityContext"])

# The three container lists in the order the kubelet starts them. Pod Security Admission visits
# all three (ephemeral containers are added later through a subresource, but they run with the
# same privileges and must be judged the same way).
container_kinds := ["initContainers", "containers", "ephemeralContainers"]

# Every container of the pod with its path and the list it belongs to.
containers contains {"container": c, "path": concat("", [pod_spec_path, ".", k, "[", format_int(i, 10), "]"]), "kind": k} if {
	some k in container_kinds
	some i, c in pod_spec[k]
}

# Every volume of the pod with its path.
volumes contains {"volume": v, "path": concat("", [pod_spec_path, ".volumes[", format_int(i, 10), "]"])} if {
	some i, v in pod_spec.volumes
}

# A human label for a container entry, e.g. `init container "setup"`, so messages say which
# list the offending container lives in.
container_label(c) := sprintf("%s %q", [_container_nouns[c.kind], c.container.name])

_container_nouns := {
	"initContainers": "init container",
	"containers": "container",
	"ephemeralContainers": "ephemeral container",
}

# The securityContext of a container (or of a pod spec), {} when unset or null.
security_context(x) := sc if {
	sc := x.securityContext
	is_object(sc)
} else := {}

# True when obj has key k, whatever its value (false and null included) — unlike `obj[k]`,
# which fails on false.
has_field(obj, k) if {
	_ = obj[k]
}

# True when obj[k] is present and not null. Kubernetes decodes an explicit null as "unset"
# (a nil pointer), so a rule must treat `field: null` exactly like an absent field.
is_set(obj, k) if {
	obj[k] != null
}

# A string field as Kubernetes reads it: absent and null both decode to "".
string_field(obj, k) := s if {
	s := obj[k]
	s != null
} else := ""

# Appends one key to a path: `a.b` + `c` = `a.b.c`; keys that are not plain identifiers (labels,
# annotations, dotted sysctl names; anything but [A-Za-z_][A-Za-z0-9_]*) are written `a.b["k.e/y"]` so the path stays unambiguous.
join_path(base, key) := key if {
	base == ""
	_identifier(key)
}

join_path(base, key) := concat(".", [base, key]) if {
	base != ""
	_identifier(key)
}

join_path(base, key) := concat("", [base, "[", json.marshal(key), "]"]) if {
	not _identifier(key)
}

# [A-Za-z_][A-Za-z0-9_]*, without a regex: join_path runs for nearly every finding and helper path,
# and the wasm engine compiles a regex afresh in every evaluation (it was ~4 % of an admission review).
_identifier(key) if {
	is_string(key)
	key != ""
	trim_left(key, _identifier_chars) == ""
	not contains("0123456789", substring(key, 0, 1))
}

_identifier_chars := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"
