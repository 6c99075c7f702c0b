# METADATA
# title: Selector does not match the pod template
# description: >-
#   A controller owns the pods its selector matches. When the selector does not match its own pod
#   template's labels the API server rejects the object (apps/v1), or, for older APIs and
#   manual Job selectors, the controller creates pods it never counts and keeps creating more.
# custom:
#   id: selector-template-mismatch
#   severity: medium
#   category: workloads
#   kinds: [Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job]
#   controls: []
#   remediation: >-
#     Make spec.selector match spec.template.metadata.labels: every matchLabels entry present in
#     the template with the same value, every matchExpressions requirement satisfied.
package kubeward.rules.workloads.selector_template_mismatch

import data.kubeward.lib.k8s
import data.kubeward.lib.selectors

_labels := object.get(k8s.resource, ["spec", "template", "metadata", "labels"], {})

# Jobs get a generated selector unless manualSelector is true; a ReplicationController without a
# selector defaults to its template's labels.
violation contains {"msg": msg, "details": {"path": "spec.selector"}} if {
	sel := k8s.resource.spec.selector
	is_object(sel)
	_judged
	not _matches(sel)
	msg := sprintf("%s %q has a selector that does not match its pod template's labels %v", [k8s.kind, k8s.resource.metadata.name, _labels])
}

_judged if k8s.kind != "Job"

_judged if k8s.resource.spec.manualSelector == true

_matches(sel) if {
	k8s.kind == "ReplicationController"
	selectors.map_matches(sel, _labels)
}

_matches(sel) if {
	k8s.kind != "ReplicationController"
	selectors.matches(sel, _labels)
}
