# METADATA
# title: Ephemeral container added to a running pod (kubectl debug)
# description: >-
#   An ephemeral container was added to a running pod (pods/ephemeralcontainers). It runs any
#   image the requester chooses inside the pod's namespaces, with access to its volumes and
#   network — a full foothold that outlives the session.
# custom:
#   id: ephemeral-container-added
#   severity: medium
#   category: interactive
#   kinds: [Event]
#   controls: ["NSA:pod-security", "NSA:audit-logging", "MITRE:T1609"]
#   remediation: >-
#     Grant update/patch on pods/ephemeralcontainers only in break-glass roles; restrict debug
#     images with admission policy.
package kubeward.detections.interactive.ephemeral_container_added

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username, "pod": sprintf("%s/%s", [audit.namespace, audit.name])}} if {
	audit.resource == "pods"
	audit.subresource == "ephemeralcontainers"
	audit.verb in {"patch", "update"}
	audit.succeeded
	msg := sprintf("user %s added an ephemeral container to pod %s/%s%s", [audit.user_label, audit.namespace, audit.name, _containers])
}

_containers := sprintf(" (%s)", [concat(", ", sort(cs))]) if {
	cs := [sprintf("%q running %s", [c.name, c.image]) | some c in input.requestObject.spec.ephemeralContainers]
	count(cs) > 0
} else := ""
