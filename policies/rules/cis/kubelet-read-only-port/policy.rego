# METADATA
# title: Kubelet serves the unauthenticated read-only port
# description: >-
#   readOnlyPort (10255 when enabled) serves the kubelet's /pods, /spec and metrics without any
#   authentication or authorization.
# custom:
#   id: kubelet-read-only-port
#   severity: medium
#   category: cis
#   kinds: [KubeletConfiguration]
#   controls: ["CIS:4.2.4", "NSA:authentication-authorization"]
#   remediation: >-
#     Set `readOnlyPort: 0` or remove it (the v1beta1 default is 0); scrape metrics from the
#     authenticated port 10250.
package kubeward.rules.cis.kubelet_read_only_port

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "readOnlyPort"}} if {
	port := k8s.resource.readOnlyPort
	is_number(port)
	port != 0
	msg := sprintf("kubelet sets readOnlyPort: %v: the read-only port serves pod and node details without authentication", [port])
}
