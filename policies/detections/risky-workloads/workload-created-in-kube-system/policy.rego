# METADATA
# title: Workload created in kube-system by a person
# description: >-
#   A Pod or workload controller was created in kube-system by an identity that is not a
#   Kubernetes component or service account. kube-system is where the cluster's most privileged
#   service accounts live; a pod there can mount them.
# custom:
#   id: workload-created-in-kube-system
#   severity: medium
#   category: risky-workloads
#   kinds: [Event]
#   controls: ["NSA:pod-security", "NSA:audit-logging", "MITRE:T1610"]
#   remediation: >-
#     Deploy add-ons through reviewed automation into their own namespaces; investigate the
#     requester.
package kubeward.detections.risky_workloads.workload_created_in_kube_system

import data.kubeward.lib.audit

_workload_resources := {"pods", "deployments", "daemonsets", "statefulsets", "replicasets", "jobs", "cronjobs"}

alert contains {"msg": msg, "details": {"user": audit.username, "resource": audit.resource}} if {
	audit.namespace == "kube-system"
	audit.verb == "create"
	audit.subresource == ""
	audit.resource in _workload_resources
	audit.succeeded
	not audit.system_user
	msg := sprintf("user %s created %s in kube-system", [audit.user_label, _what])
}

_what := sprintf("%s %q", [audit.resource, n]) if {
	n := input.requestObject.metadata.name
} else := sprintf("%s %q", [audit.resource, audit.name]) if {
	audit.name != ""
} else := audit.resource
