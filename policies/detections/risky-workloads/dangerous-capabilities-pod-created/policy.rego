# METADATA
# title: Workload adding dangerous capabilities created
# description: >-
#   A Pod or workload whose containers add Linux capabilities that break container isolation
#   (SYS_ADMIN, SYS_PTRACE, NET_ADMIN, SYS_MODULE, …) was created or replaced, judged by the
#   admission rule dangerous-capabilities on the request body.
# custom:
#   id: dangerous-capabilities-pod-created
#   severity: high
#   category: risky-workloads
#   kinds: [Event]
#   controls: ["PSS:baseline:capabilities", "NSA:pod-security", "NSA:audit-logging", "MITRE:T1611"]
#   remediation: >-
#     Investigate the requester; drop the capabilities unless the workload is an approved node
#     agent.
package kubeward.detections.risky_workloads.dangerous_capabilities_pod_created

import data.kubeward.lib.audit

# The admission rule itself judges the request body (normalised into the review shape).
import data.kubeward.rules.pod_security.dangerous_capabilities as rule

alert contains {"msg": msg, "details": {"user": audit.username, "path": v.details.path}} if {
	audit.succeeded
	not audit.system_component
	review := audit.review
	some v in rule.violation with input as review
	msg := sprintf("user %s %s: %s", [audit.user_label, audit.review_summary, v.msg])
}
