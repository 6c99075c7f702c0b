# METADATA
# title: Pods that mount a service account token they may not need
# description: >-
#   Unless automountServiceAccountToken is false, the kubelet mounts an API token of the pod's
#   ServiceAccount into every container. Most applications never call the Kubernetes API, and a
#   compromised container then holds credentials for it. The pod-level field wins; when the pod
#   leaves it unset, the ServiceAccount's own setting applies, so the ServiceAccount is looked up
#   among the scanned objects (cross-resource) and the pod passes if it opts out there. An
#   explicit `true` in the pod spec is a recorded decision that the pod calls the API (the
#   pattern CIS asks for: opt out on the ServiceAccount, opt in where needed) and is not
#   reported unless the parameter allowExplicitOptIn is false.
# custom:
#   id: pod-automount-service-account-token
#   severity: low
#   category: secrets
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["CIS:5.1.6", "NSA:pod-security", "MITRE:T1528"]
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       allowExplicitOptIn:
#         description: Accept automountServiceAccountToken true written in the pod spec.
#         type: boolean
#         default: true
#   remediation: >-
#     Set automountServiceAccountToken false in the pod spec (or on its ServiceAccount); pods that
#     do call the API can mount a projected serviceAccountToken volume in just those containers.
package kubeward.rules.secrets.pod_automount_service_account_token

import data.kubeward.lib.k8s
import data.kubeward.lib.secrets

_service_account := sa if {
	sa := k8s.pod_spec.serviceAccountName
	is_string(sa)
	sa != ""
} else := sa if {
	sa := k8s.pod_spec.serviceAccount
	is_string(sa)
	sa != ""
} else := "default"

violation contains {"msg": msg, "details": {"path": path}} if {
	k8s.pod_spec.automountServiceAccountToken == true
	object.get(input, ["parameters", "allowExplicitOptIn"], true) == false
	path := sprintf("%s.automountServiceAccountToken", [k8s.pod_spec_path])
	msg := sprintf("pod mounts the API token of ServiceAccount %q (automountServiceAccountToken: true)", [_service_account])
}

violation contains {"msg": msg, "details": {"path": k8s.pod_spec_path}} if {
	not k8s.is_set(k8s.pod_spec, "automountServiceAccountToken")
	not _service_account_opts_out
	msg := sprintf("pod mounts the API token of ServiceAccount %q (automountServiceAccountToken is not false on the pod or the ServiceAccount)", [_service_account])
}

_service_account_opts_out if {
	data.inventory.namespace[secrets.namespace].v1.ServiceAccount[_service_account].automountServiceAccountToken == false
}
