package kubeward.rules.cis.kube_proxy_metrics_bind_address_test

import data.kubeward.rules.cis.kube_proxy_metrics_bind_address as rule
import data.kubeward.test.cis_fixtures as cfx

test_loopback_allowed if {
	v := rule.violation with input as cfx.config("KubeProxyConfiguration", {"metricsBindAddress": "127.0.0.1:10249"})
	v == set()
}

test_unset_allowed if {
	v := rule.violation with input as cfx.config("KubeProxyConfiguration", {})
	v == set()
}

test_wildcard_denied if {
	v := rule.violation with input as cfx.config("KubeProxyConfiguration", {"metricsBindAddress": "0.0.0.0:10249"})
	v == {cfx.finding("kube-proxy sets metricsBindAddress: 0.0.0.0:10249: kube-proxy metrics are then reachable from the network", "metricsBindAddress")}
}

test_ipv6_wildcard_denied if {
	v := rule.violation with input as cfx.config("KubeProxyConfiguration", {"metricsBindAddress": "[::]:10249"})
	v == {cfx.finding("kube-proxy sets metricsBindAddress: [::]:10249: kube-proxy metrics are then reachable from the network", "metricsBindAddress")}
}
