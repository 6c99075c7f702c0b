# METADATA
# title: Roles that write admission webhook configurations
# description: >-
#   Writing ValidatingWebhookConfigurations or MutatingWebhookConfigurations lets a subject
#   switch off admission policy (delete or loosen a validating webhook) or have every new
#   object sent to, and rewritten by, a server it controls.
# custom:
#   id: role-webhook-config-write
#   severity: high
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["CIS:5.1.12", "NSA:authentication-authorization"]
#   remediation: >-
#     Grant write access to webhook configurations only to the controller that owns them,
#     restricted with resourceNames to its own configuration.
package kubeward.rules.rbac.role_webhook_config_write

import data.kubeward.lib.rbac

violation contains f if {
	some f in rbac.role_findings(input.review.object, "webhook-write")
}
