# METADATA
# title: SSH port exposed by a container
# description: >-
#   A container that declares port 22 (or a port named ssh) almost always runs an SSH server:
#   a second, unaudited way in that bypasses the Kubernetes API, RBAC and audit logs, usually with
#   long-lived keys or passwords baked into the image. kubectl exec and kubectl debug give
#   operators shell access under RBAC and audit instead.
# custom:
#   id: ssh-port
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Remove the SSH server from the image and the port from the pod; use kubectl exec or
#     kubectl debug, governed by RBAC and audited, for interactive access.
package kubeward.rules.pod_security.ssh_port

import data.kubeward.lib.k8s

_ssh(port) if port.containerPort == 22

_ssh(port) if lower(k8s.string_field(port, "name")) == "ssh"

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	some i, port in c.container.ports
	_ssh(port)
	path := sprintf("%s.ports[%d]", [c.path, i])
	msg := sprintf("%s exposes an SSH port (%v)", [k8s.container_label(c), object.get(port, "containerPort", "?")])
}
