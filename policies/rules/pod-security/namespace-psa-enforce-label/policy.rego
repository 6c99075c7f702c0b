# METADATA
# title: Namespace without a Pod Security Admission enforce label
# description: >-
#   Pod Security Admission only enforces a Pod Security Standards level in a namespace labelled
#   pod-security.kubernetes.io/enforce (unless the cluster sets a default in its admission
#   configuration, which manifests cannot show). A Namespace without the label admits any pod.
#   Reported on the Namespace itself and, because the fix belongs to the namespace that a team
#   may not see, on every workload scanned together with its Namespace object (cross-resource,
#   data.inventory); workloads whose Namespace object is not part of the scan are not judged.
# custom:
#   id: namespace-psa-enforce-label
#   severity: medium
#   category: pod-security
#   kinds: [Namespace, Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["CIS:5.2.1", "NSA:pod-security"]
#   remediation: >-
#     Label the namespace, e.g. `kubectl label namespace NAME
#     pod-security.kubernetes.io/enforce=baseline` (restricted where possible), and pin
#     pod-security.kubernetes.io/enforce-version.
package kubeward.rules.pod_security.namespace_psa_enforce_label

import data.kubeward.lib.k8s

label := "pod-security.kubernetes.io/enforce"

_path := k8s.join_path("metadata.labels", label)

_labelled(ns) if {
	value := ns.metadata.labels[label]
	is_string(value)
	value != ""
}

violation contains {"msg": msg, "details": {"path": _path}} if {
	k8s.kind == "Namespace"
	not _labelled(k8s.resource)
	msg := sprintf("namespace %q has no %s label: Pod Security Admission enforces nothing in it", [k8s.string_field(k8s.resource.metadata, "name"), label])
}

# Where the object lands: its own namespace, else the admission request's (Gatekeeper, OPA), else
# "default" (kubectl apply without -n).
_namespace := ns if {
	ns := k8s.resource.metadata.namespace
	is_string(ns)
	ns != ""
} else := ns if {
	ns := input.review.namespace
	is_string(ns)
	ns != ""
} else := "default"

violation contains {"msg": msg, "details": {"path": "metadata.namespace"}} if {
	k8s.kind != "Namespace"
	ns := data.inventory.cluster.v1.Namespace[_namespace]
	not _labelled(ns)
	msg := sprintf("%s %q runs in namespace %q, which has no %s label", [k8s.kind, k8s.string_field(k8s.resource.metadata, "name"), _namespace, label])
}
