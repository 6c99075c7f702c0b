# METADATA
# title: ConfigMap with credentials created
# description: >-
#   A ConfigMap whose data holds a credential (a known token format, a password in a URL, or a
#   literal under a credential-named key) was created or replaced, judged by the admission rule
#   configmap-hardcoded-secret on the request body. Alerts print the length of the value, never
#   the value.
# custom:
#   id: configmap-credentials-created
#   severity: high
#   category: secret-access
#   kinds: [Event]
#   controls: ["NSA:secrets", "NSA:audit-logging", "MITRE:T1552.001"]
#   remediation: >-
#     Rotate the credential, move it to a Secret (or an external secret store) and delete it
#     from the ConfigMap.
package kubeward.detections.secret_access.configmap_credentials_created

import data.kubeward.lib.audit

# The admission rule itself judges the request body (normalised into the review shape).
import data.kubeward.rules.secrets.configmap_hardcoded_secret as rule

alert contains {"msg": msg, "details": {"user": audit.username, "path": v.details.path}} if {
	audit.resource == "configmaps"
	audit.succeeded
	not audit.system_component
	review := audit.review
	some v in rule.violation with input as review
	msg := sprintf("user %s %s %s", [audit.user_label, _did[audit.verb], v.msg])
}

_did := {"create": "created", "update": "updated"}
