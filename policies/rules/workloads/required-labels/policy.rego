# METADATA
# title: Required labels missing
# description: >-
#   Labels are how people and tools find what an object belongs to: which application, team or
#   cost centre, what to page. The recommended app.kubernetes.io labels are what dashboards, kubectl
#   plugins and policy tooling expect.
# custom:
#   id: required-labels
#   severity: info
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: Add the required labels to the object's metadata.labels.
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       labels:
#         type: array
#         items:
#           type: string
#         default: [app.kubernetes.io/name]
#         description: Label keys every workload must carry in its own metadata.labels.
package kubeward.rules.workloads.required_labels

import data.kubeward.lib.k8s

_required := object.get(input, ["parameters", "labels"], ["app.kubernetes.io/name"])

violation contains {"msg": msg, "details": {"path": _path}} if {
	some key in _required
	not _has_label(key)
	msg := sprintf("%s %q has no %q label", [k8s.kind, k8s.resource.metadata.name, key])
}

_has_label(key) if {
	v := k8s.resource.metadata.labels[key]
	is_string(v)
	v != ""
}

_path := "metadata.labels" if is_object(object.get(k8s.resource.metadata, "labels", null))

_path := "metadata" if not is_object(object.get(k8s.resource.metadata, "labels", null))
