# METADATA
# title: Admission webhook configuration changed
# description: >-
#   A MutatingWebhookConfiguration or ValidatingWebhookConfiguration was created, changed or
#   deleted. Webhooks see (and mutating ones rewrite) every object they match: removing one
#   switches off a policy, adding one injects code into every admission.
# custom:
#   id: admission-webhook-changed
#   severity: high
#   category: control-plane
#   kinds: [Event]
#   controls: ["NSA:authentication-authorization", "NSA:audit-logging", "MITRE:T1562.001"]
#   remediation: >-
#     Confirm the change came from a reviewed install; list certificate injectors or operators
#     that patch webhooks in allowedUsers.
#   parameters: {"type":"object","properties":{"allowedUsers":{"type":"array","items":{"type":"string"},"default":[],"description":"Users expected to change webhook configurations (e.g. cert-manager's cainjector)."}},"additionalProperties":false}
package kubeward.detections.control_plane.admission_webhook_changed

import data.kubeward.lib.audit

_kinds := {"mutatingwebhookconfigurations": "MutatingWebhookConfiguration", "validatingwebhookconfigurations": "ValidatingWebhookConfiguration"}

alert contains {"msg": msg, "details": {"user": audit.username}} if {
	audit.verb in {"create", "update", "patch", "delete"}
	audit.succeeded
	not audit.system_component
	not audit.username in audit.parameter("admission-webhook-changed", "allowedUsers", [])
	kind := _kinds[audit.resource]
	msg := sprintf("user %s %s %s %q", [audit.user_label, _did[audit.verb], kind, _name])
}

_did := {"create": "created", "update": "updated", "patch": "patched", "delete": "deleted"}

_name := audit.name if audit.name != ""

_name := object.get(input, ["requestObject", "metadata", "name"], "") if audit.name == ""
