# METADATA
# title: Privileged container ports (below 1024)
# description: >-
#   On Linux, binding a port below 1024 takes root or the NET_BIND_SERVICE capability (unless the
#   node lowers net.ipv4.ip_unprivileged_port_start). A containerPort below 1024 therefore usually
#   means the process runs as root or keeps a capability it would not otherwise need. A Service
#   can expose port 80 while the container listens on 8080, so nothing is lost by moving it.
#   containerPort is informational in Kubernetes; this rule takes it at its word. Windows pods
#   have no privileged ports and are exempt.
# custom:
#   id: privileged-ports
#   severity: low
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Make the application listen on a port of 1024 or above and map the well-known port in the
#     Service (port 80, targetPort 8080).
package kubeward.rules.pod_security.privileged_ports

import data.kubeward.lib.hardening
import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": path}} if {
	not hardening.windows_pod
	some c in k8s.containers
	some i, port in c.container.ports
	is_number(port.containerPort)
	port.containerPort > 0
	port.containerPort < 1024
	path := sprintf("%s.ports[%d].containerPort", [c.path, i])
	msg := sprintf("%s listens on the privileged port %v: binding it needs root or NET_BIND_SERVICE", [k8s.container_label(c), port.containerPort])
}
