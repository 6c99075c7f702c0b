# METADATA
# title: Secrets read by a person
# description: >-
#   A get, list or watch on Secrets by an identity that is not a Kubernetes component or service
#   account succeeded. Controllers read secrets all day; people reading them (kubectl get secret
#   -o yaml) copy credentials out of the cluster.
# custom:
#   id: secret-read-by-user
#   severity: medium
#   category: secret-access
#   kinds: [Event]
#   controls: ["NSA:authentication-authorization", "NSA:audit-logging", "MITRE:T1552.007"]
#   remediation: >-
#     Remove get/list/watch on secrets from human roles; give break-glass access through an
#     audited role and rotate what was read.
#   parameters: {"type":"object","properties":{"allowedUsers":{"type":"array","items":{"type":"string"},"default":[],"description":"People expected to read secrets."}},"additionalProperties":false}
package kubeward.detections.secret_access.secret_read_by_user

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username}} if {
	audit.resource == "secrets"
	audit.subresource == ""
	audit.verb in {"get", "list", "watch"}
	audit.succeeded
	not audit.system_user
	not audit.username in audit.parameter("secret-read-by-user", "allowedUsers", [])
	msg := sprintf("user %s %s %s", [audit.user_label, _did[audit.verb], _what])
}

_did := {"get": "read", "list": "listed", "watch": "watched"}

_what := sprintf("secret %s/%s", [audit.namespace, audit.name]) if audit.name != ""

_what := sprintf("the secrets of namespace %s", [audit.namespace]) if {
	audit.name == ""
	audit.namespace != ""
}

_what := "the secrets of every namespace" if {
	audit.name == ""
	audit.namespace == ""
}
