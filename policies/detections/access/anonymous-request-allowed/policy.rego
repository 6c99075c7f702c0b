# METADATA
# title: Anonymous request allowed
# description: >-
#   A request authenticated as system:anonymous (or in the system:unauthenticated group) was
#   answered with success. Unless anonymous access is deliberately limited to health probes,
#   anything anonymous can read or change is readable or changeable by anyone who can reach the
#   API server.
# custom:
#   id: anonymous-request-allowed
#   severity: high
#   category: access
#   kinds: [Event]
#   controls: ["CIS:1.2.1", "NSA:authentication-authorization", "NSA:audit-logging"]
#   remediation: >-
#     Run the API server with --anonymous-auth=false (or restrict anonymous access to /healthz,
#     /livez and /readyz with AuthenticationConfiguration), and remove every RoleBinding or
#     ClusterRoleBinding to system:anonymous or system:unauthenticated.
package kubeward.detections.access.anonymous_request_allowed

import data.kubeward.lib.audit

# Health and version probes are anonymous by design (the system:public-info-viewer role).
_probe_paths := {"/healthz", "/livez", "/readyz", "/version"}

alert contains {"msg": msg, "details": {"user": audit.username, "requestURI": input.requestURI}} if {
	_anonymous
	audit.succeeded
	not _probe
	msg := sprintf("anonymous request %s %s was allowed (HTTP %d)", [audit.verb, input.requestURI, audit.code])
}

_anonymous if audit.username == "system:anonymous"

_anonymous if "system:unauthenticated" in object.get(input, ["user", "groups"], [])

_probe if {
	path := split(input.requestURI, "?")[0]
	some p in _probe_paths
	startswith(path, p)
}
