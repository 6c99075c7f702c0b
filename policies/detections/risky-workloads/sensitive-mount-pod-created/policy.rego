# METADATA
# title: Workload mounting a sensitive host path created
# description: >-
#   A Pod or workload mounting a sensitive host path (the container runtime socket, /, /etc,
#   /proc, /root, kubelet state, …) was created or replaced, judged by the admission rule
#   sensitive-host-path on the request body.
# custom:
#   id: sensitive-mount-pod-created
#   severity: high
#   category: risky-workloads
#   kinds: [Event]
#   controls: ["PSS:baseline:hostPathVolumes", "NSA:pod-security", "NSA:audit-logging", "MITRE:T1611"]
#   remediation: >-
#     Investigate the requester; replace the hostPath with a PersistentVolume, ConfigMap or
#     projected volume; enforce Pod Security admission (baseline).
package kubeward.detections.risky_workloads.sensitive_mount_pod_created

import data.kubeward.lib.audit

# The admission rule itself judges the request body (normalised into the review shape).
import data.kubeward.rules.pod_security.sensitive_host_path as rule

alert contains {"msg": msg, "details": {"user": audit.username, "path": v.details.path}} if {
	audit.succeeded
	not audit.system_component
	review := audit.review
	some v in rule.violation with input as review
	msg := sprintf("user %s %s: %s", [audit.user_label, audit.review_summary, v.msg])
}
