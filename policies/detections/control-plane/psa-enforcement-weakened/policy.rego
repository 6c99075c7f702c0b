# METADATA
# title: Pod Security admission enforcement weakened
# description: >-
#   A Namespace was created, updated or patched with its pod-security.kubernetes.io/enforce
#   label set to privileged (or removed by a patch): Pod Security admission stops blocking
#   privileged pods in it — the usual first step before deploying one.
# custom:
#   id: psa-enforcement-weakened
#   severity: high
#   category: control-plane
#   kinds: [Event]
#   controls: ["PSS:baseline:privileged", "NSA:pod-security", "NSA:audit-logging", "MITRE:T1562.001"]
#   remediation: >-
#     Restore the label to baseline or restricted; grant exemptions per workload through
#     reviewed changes instead.
package kubeward.detections.control_plane.psa_enforcement_weakened

import data.kubeward.lib.audit

_label := "pod-security.kubernetes.io/enforce"

alert contains {"msg": msg, "details": {"user": audit.username, "path": sprintf("metadata.labels[%q]", [_label])}} if {
	audit.resource == "namespaces"
	audit.subresource == ""
	audit.verb in {"create", "update", "patch"}
	audit.succeeded
	not audit.system_component
	labels := input.requestObject.metadata.labels
	some k, v in labels
	k == _label
	msg := sprintf("user %s %s", [audit.user_label, _weakened(v)])
}

_weakened(v) := sprintf("set the Pod Security enforce level of namespace %s to privileged", [_ns]) if v == "privileged"

# A JSON merge patch deletes a label by setting it to null.
_weakened(v) := sprintf("removed the Pod Security enforce label of namespace %s", [_ns]) if v == null

_ns := audit.name if audit.name != ""

_ns := object.get(input, ["requestObject", "metadata", "name"], "") if audit.name == ""
