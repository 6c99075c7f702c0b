# Test fixtures shared by every rule's policy_test.rego: builders for Gatekeeper-shaped input
# around any workload kind. Named *_test.rego so bundle builds that ignore tests drop it too.
package kubeward.test.fixtures

_gvk := {
	"Pod": {"group": "", "version": "v1", "kind": "Pod"},
	"PodTemplate": {"group": "", "version": "v1", "kind": "PodTemplate"},
	"ReplicationController": {"group": "", "version": "v1", "kind": "ReplicationController"},
	"Deployment": {"group": "apps", "version": "v1", "kind": "Deployment"},
	"ReplicaSet": {"group": "apps", "version": "v1", "kind": "ReplicaSet"},
	"StatefulSet": {"group": "apps", "version": "v1", "kind": "StatefulSet"},
	"DaemonSet": {"group": "apps", "version": "v1", "kind": "DaemonSet"},
	"Job": {"group": "batch", "version": "v1", "kind": "Job"},
	"CronJob": {"group": "batch", "version": "v1", "kind": "CronJob"},
}

# The admission-review-shaped input for obj.
review(obj) := {
	"review": {
		"object": obj,
		"kind": _gvk[obj.kind],
		"operation": "CREATE",
		"name": obj.metadata.name,
		"namespace": "default",
	},
	"parameters": {},
}

_api_version(kind) := "v1" if _gvk[kind].group == ""

_api_version(kind) := sprintf("%s/%s", [_gvk[kind].group, _gvk[kind].version]) if _gvk[kind].group != ""

_meta := {"name": "test", "namespace": "default"}

_template(annotations, spec) := {"metadata": {"labels": {"app": "test"}, "annotations": annotations}, "spec": spec}

_selector := {"matchLabels": {"app": "test"}}

# obj of the given kind whose pod has the given spec and pod-level annotations.
workload(kind, annotations, spec) := {
	"apiVersion": "v1", "kind": "Pod",
	"metadata": object.union(_meta, {"annotations": annotations}), "spec": spec,
} if kind == "Pod"

workload(kind, annotations, spec) := {
	"apiVersion": "v1", "kind": "PodTemplate", "metadata": _meta,
	"template": _template(annotations, spec),
} if kind == "PodTemplate"

workload(kind, annotations, spec) := {
	"apiVersion": _api_version(kind), "kind": kind, "metadata": _meta,
	"spec": {"selector": _selector, "template": _template(annotations, spec)},
} if kind in {"Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job"}

workload(kind, annotations, spec) := {
	"apiVersion": "batch/v1", "kind": "CronJob", "metadata": _meta,
	"spec": {"schedule": "0 * * * *", "jobTemplate": {"spec": {"template": _template(annotations, spec)}}},
} if kind == "CronJob"

# Shorthands: the review of a Pod / of any kind, without annotations.
pod(spec) := review(workload("Pod", {}, spec))

of_kind(kind, spec) := review(workload(kind, {}, spec))

# A minimal container, merged with the given fields.
container(name, fields) := object.union({"name": name, "image": "registry.example/app:1.0"}, fields)

# The path prefix of the pod spec for each kind, to build expected paths in tests.
spec_path := {
	"Pod": "spec",
	"PodTemplate": "template.spec",
	"Deployment": "spec.template.spec",
	"ReplicaSet": "spec.template.spec",
	"ReplicationController": "spec.template.spec",
	"StatefulSet": "spec.template.spec",
	"DaemonSet": "spec.template.spec",
	"Job": "spec.template.spec",
	"CronJob": "spec.jobTemplate.spec.template.spec",
}

# A finding as rules return it.
finding(msg, path) := {"msg": msg, "details": {"path": path}}
