# METADATA
# title: Kubelet never times out idle streaming connections
# description: >-
#   streamingConnectionIdleTimeout: 0 disables the idle timeout of exec, attach and port-forward
#   streams, so forgotten sessions stay open forever and can exhaust the node.
# custom:
#   id: kubelet-streaming-connection-idle-timeout
#   severity: low
#   category: cis
#   kinds: [KubeletConfiguration]
#   controls: ["CIS:4.2.5"]
#   remediation: >-
#     Remove `streamingConnectionIdleTimeout` (default 4h) or set a bounded value such as `5m`.
package kubeward.rules.cis.kubelet_streaming_connection_idle_timeout

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "streamingConnectionIdleTimeout"}} if {
	d := k8s.resource.streamingConnectionIdleTimeout
	is_string(d)
	regex.match(`^([0]+(\.0*)?(ns|us|ms|s|m|h)?)+$`, d)
	msg := sprintf("kubelet sets streamingConnectionIdleTimeout: %s: idle exec, attach and port-forward sessions are then never closed", [d])
}
