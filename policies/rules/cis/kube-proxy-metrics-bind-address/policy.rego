# METADATA
# title: kube-proxy serves metrics on a non-loopback address
# description: >-
#   metricsBindAddress is where kube-proxy serves /metrics (and, unless disabled, /debug/pprof)
#   without authentication; the default is 127.0.0.1:10249, and a wildcard or node address exposes
#   it to the network.
# custom:
#   id: kube-proxy-metrics-bind-address
#   severity: medium
#   category: cis
#   kinds: [KubeProxyConfiguration]
#   controls: ["CIS:4.3.1", "NSA:network-separation"]
#   remediation: >-
#     Set `metricsBindAddress: 127.0.0.1:10249` (or remove it) and scrape through a local agent.
package kubeward.rules.cis.kube_proxy_metrics_bind_address

import data.kubeward.lib.flags
import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "metricsBindAddress"}} if {
	addr := k8s.string_field(k8s.resource, "metricsBindAddress")
	addr != ""
	not flags.is_loopback(addr)
	msg := sprintf("kube-proxy sets metricsBindAddress: %s: kube-proxy metrics are then reachable from the network", [addr])
}
