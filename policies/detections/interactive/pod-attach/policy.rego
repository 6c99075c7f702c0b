# METADATA
# title: Terminal attached to a running container (kubectl attach)
# description: >-
#   A user attached to the main process of a running container (pods/attach): they can read its
#   output and, with stdin, type into it — a shell where the container's entrypoint is one.
# custom:
#   id: pod-attach
#   severity: medium
#   category: interactive
#   kinds: [Event]
#   controls: ["NSA:pod-security", "NSA:audit-logging", "MITRE:T1609"]
#   remediation: >-
#     Remove create on pods/attach from roles that do not need it (it is granted together with
#     exec by the built-in edit and admin roles).
package kubeward.detections.interactive.pod_attach

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username, "pod": sprintf("%s/%s", [audit.namespace, audit.name])}} if {
	audit.resource == "pods"
	audit.subresource == "attach"
	audit.verb in {"create", "get"}
	audit.succeeded
	msg := sprintf("user %s attached to %s%s", [audit.user_label, _where, _stdin])
}

_where := sprintf("container %q of pod %s/%s", [c, audit.namespace, audit.name]) if {
	some c in audit.query_values("container")
} else := sprintf("pod %s/%s", [audit.namespace, audit.name])

_stdin := " with stdin" if "true" in audit.query_values("stdin")

_stdin := "" if not "true" in audit.query_values("stdin")
