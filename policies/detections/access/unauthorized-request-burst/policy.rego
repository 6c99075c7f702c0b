# METADATA
# title: Burst of refused requests from one user
# description: >-
#   Many requests of one user (or, for unauthenticated 401s, one source address) were refused
#   with 401 or 403 within a short window: credential guessing, a stolen token probing what it
#   may do, or automation whose rights were revoked. Each refused request is a signal; kubeward
#   counts them per user in a sliding window and raises one alert per burst.
# custom:
#   id: unauthorized-request-burst
#   severity: medium
#   category: access
#   kinds: [Event]
#   controls: ["NSA:authentication-authorization", "NSA:audit-logging", "MITRE:T1613"]
#   remediation: >-
#     Find who owns the identity: revoke the token if it is not theirs; otherwise fix the
#     automation's RBAC. Tune threshold and windowSeconds to your traffic.
#   parameters: {"type":"object","properties":{"threshold":{"type":"integer","minimum":2,"default":10,"description":"Refused requests within the window that make a burst."},"windowSeconds":{"type":"integer","minimum":1,"default":60,"description":"Length of the sliding window, in seconds."}},"additionalProperties":false}
package kubeward.detections.access.unauthorized_request_burst

import data.kubeward.lib.audit

# Stateless per event: the host (kubeward audit-log) counts these signals per user over the
# window given by the parameters and raises the alert; no single event is an alert.
signal contains {"kind": "unauthorized", "user": _who, "code": audit.code} if audit.refused

_who := audit.username if audit.username != ""

_who := sprintf("(unauthenticated) %s", [concat(", ", object.get(input, "sourceIPs", []))]) if audit.username == ""
