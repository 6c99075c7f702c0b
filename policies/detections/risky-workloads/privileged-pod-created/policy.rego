# METADATA
# title: Privileged workload created
# description: >-
#   A Pod or workload with a privileged container was created or replaced. The request body is
#   judged by the admission rule privileged-container itself (normalised into the review shape),
#   so the audit trail and admission agree on what privileged means.
# custom:
#   id: privileged-pod-created
#   severity: high
#   category: risky-workloads
#   kinds: [Event]
#   controls: ["PSS:baseline:privileged", "NSA:pod-security", "NSA:audit-logging", "MITRE:T1610", "MITRE:T1611"]
#   remediation: >-
#     Find who created it and why; delete it unless it is an approved node agent, and enforce
#     Pod Security admission (baseline) on the namespace.
package kubeward.detections.risky_workloads.privileged_pod_created

import data.kubeward.lib.audit

# The admission rule itself judges the request body (normalised into the review shape).
import data.kubeward.rules.pod_security.privileged_container as rule

alert contains {"msg": msg, "details": {"user": audit.username, "path": v.details.path}} if {
	audit.succeeded
	not audit.system_component
	review := audit.review
	some v in rule.violation with input as review
	msg := sprintf("user %s %s: %s", [audit.user_label, audit.review_summary, v.msg])
}
