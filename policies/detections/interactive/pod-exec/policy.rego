# METADATA
# title: Command executed in a container (kubectl exec)
# description: >-
#   A user ran a command inside a running container through pods/exec. Interactive shells in
#   production are how attackers (and well-meaning engineers) change running workloads outside
#   any review; every exec deserves an owner.
# custom:
#   id: pod-exec
#   severity: medium
#   category: interactive
#   kinds: [Event]
#   controls: ["NSA:pod-security", "NSA:audit-logging", "MITRE:T1609"]
#   remediation: >-
#     Remove create on pods/exec from roles that do not strictly need it; use ephemeral debug
#     containers in a break-glass role, and investigate unexpected execs.
#   parameters: {"type":"object","properties":{"allowedUsers":{"type":"array","items":{"type":"string"},"default":[],"description":"Users whose execs are expected (e.g. a backup operator's service account)."}},"additionalProperties":false}
package kubeward.detections.interactive.pod_exec

import data.kubeward.lib.audit

# kubectl before 1.30 POSTs (verb create); WebSocket clients GET (verb get).
alert contains {"msg": msg, "details": {"user": audit.username, "pod": sprintf("%s/%s", [audit.namespace, audit.name]), "command": cmd}} if {
	audit.resource == "pods"
	audit.subresource == "exec"
	audit.verb in {"create", "get"}
	audit.succeeded
	not audit.username in audit.parameter("pod-exec", "allowedUsers", [])
	cmd := concat(" ", audit.query_values("command"))
	msg := sprintf("user %s executed %q in %s", [audit.user_label, cmd, _where])
}

_where := sprintf("container %q of pod %s/%s", [c, audit.namespace, audit.name]) if {
	some c in audit.query_values("container")
} else := sprintf("pod %s/%s", [audit.namespace, audit.name])
