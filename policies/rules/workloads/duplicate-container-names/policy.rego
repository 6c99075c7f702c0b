# METADATA
# title: Container name used twice in a pod
# description: >-
#   Container names must be unique across the init, regular and ephemeral containers of a pod. The
#   API server rejects a pod that repeats one, so a controller with such a template never creates
#   pods.
# custom:
#   id: duplicate-container-names
#   severity: medium
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: Give every container of the pod its own name.
package kubeward.rules.workloads.duplicate_container_names

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

violation contains {"msg": msg, "details": {"path": sprintf("%s.name", [c.path])}} if {
	some c in k8s.containers
	some other in k8s.containers
	other.container.name == c.container.name
	workloads.container_order(other) < workloads.container_order(c)
	msg := sprintf("%s repeats the name of %s at %s", [k8s.container_label(c), k8s.container_label(other), other.path])
}
