package kubeward.rules.workloads.host_network_dns_policy_test

import data.kubeward.rules.workloads.host_network_dns_policy as rule
import data.kubeward.test.fixtures as fx

test_denied if {
	v := rule.violation with input as fx.of_kind("DaemonSet", {"hostNetwork": true, "containers": []})
	v == {fx.finding("pod uses hostNetwork with dnsPolicy unset (ClusterFirst), which falls back to the node's DNS: it cannot resolve cluster Services", "spec.template.spec.hostNetwork")}
	w := rule.violation with input as fx.pod({"hostNetwork": true, "dnsPolicy": "ClusterFirst", "containers": []})
	w == {fx.finding("pod uses hostNetwork with dnsPolicy ClusterFirst, which falls back to the node's DNS: it cannot resolve cluster Services", "spec.dnsPolicy")}
}

test_allowed if {
	v := rule.violation with input as fx.pod({"hostNetwork": true, "dnsPolicy": "ClusterFirstWithHostNet", "containers": []})
	v == set()
	w := rule.violation with input as fx.pod({"hostNetwork": true, "dnsPolicy": "Default", "containers": []})
	w == set()
	x := rule.violation with input as fx.pod({"containers": []})
	x == set()
}
