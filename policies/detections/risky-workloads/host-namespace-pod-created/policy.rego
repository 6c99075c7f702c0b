# METADATA
# title: Workload sharing the host's namespaces created
# description: >-
#   A Pod or workload sharing the node's network, PID or IPC namespace was created or replaced,
#   judged by the admission rule pss-host-namespaces on the request body.
# custom:
#   id: host-namespace-pod-created
#   severity: high
#   category: risky-workloads
#   kinds: [Event]
#   controls: ["PSS:baseline:hostNamespaces", "NSA:pod-security", "NSA:audit-logging", "MITRE:T1611"]
#   remediation: >-
#     Investigate the requester; remove hostNetwork/hostPID/hostIPC unless the workload is an
#     approved node agent; enforce Pod Security admission (baseline).
package kubeward.detections.risky_workloads.host_namespace_pod_created

import data.kubeward.lib.audit

# The admission rule itself judges the request body (normalised into the review shape).
import data.kubeward.rules.pod_security.pss_host_namespaces as rule

alert contains {"msg": msg, "details": {"user": audit.username, "path": v.details.path}} if {
	audit.succeeded
	not audit.system_component
	review := audit.review
	some v in rule.violation with input as review
	msg := sprintf("user %s %s: %s", [audit.user_label, audit.review_summary, v.msg])
}
