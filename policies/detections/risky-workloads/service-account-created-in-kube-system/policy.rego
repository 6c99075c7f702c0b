# METADATA
# title: Service account created in kube-system by a person
# description: >-
#   A ServiceAccount was created in kube-system by an identity that is not a Kubernetes
#   component or service account: a common way to plant a durable, innocuous-looking identity
#   next to the control plane's own.
# custom:
#   id: service-account-created-in-kube-system
#   severity: medium
#   category: risky-workloads
#   kinds: [Event]
#   controls: ["NSA:authentication-authorization", "NSA:audit-logging"]
#   remediation: >-
#     Delete it unless an add-on you deploy through reviewed automation needs it; investigate
#     the requester and any bindings to it.
package kubeward.detections.risky_workloads.service_account_created_in_kube_system

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username}} if {
	audit.namespace == "kube-system"
	audit.resource == "serviceaccounts"
	audit.subresource == ""
	audit.verb == "create"
	audit.succeeded
	not audit.system_user
	msg := sprintf("user %s created service account kube-system/%s", [audit.user_label, _name])
}

_name := input.requestObject.metadata.name

_name := audit.name if not input.requestObject.metadata.name
