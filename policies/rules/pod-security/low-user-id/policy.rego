# METADATA
# title: RunAsUser UID below the minimum
# description: >-
#   A container whose runAsUser is a low UID shares that UID with system accounts and
#   daemons on the node (0-999) and with ordinary host users (1000+). Should it escape the
#   container, or reach host files through a volume, it acts with their rights. kube-score and
#   others ask for UIDs of 10000 or more, outside every range a host allocates. The minimum is a
#   parameter. Only explicit values are judged (an unset runAsUser is the image's choice, which
#   other rules cover); pods with user namespaces (hostUsers false) and Windows pods are exempt.
# custom:
#   id: low-user-id
#   severity: low
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["NSA:pod-security"]
#   remediation: >-
#     Set securityContext.runAsUser (pod or container level) to a UID of at least 10000 and build
#     the image to work under it; or run the pod with hostUsers false.
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       min_uid:
#         description: The smallest UID allowed.
#         type: integer
#         minimum: 0
#         default: 10000
package kubeward.rules.pod_security.low_user_id

import data.kubeward.lib.hardening
import data.kubeward.lib.k8s

minimum := object.get(input, ["parameters", "min_uid"], 10000)

violation contains {"msg": msg, "details": {"path": e.path}} if {
	not hardening.windows_pod
	not hardening.user_namespaced
	some c in k8s.containers
	e := hardening.effective(c, "runAsUser")
	is_number(e.value)
	e.value < minimum
	msg := sprintf("%s runs with UID %v, below the minimum %v", [k8s.container_label(c), e.value, minimum])
}
