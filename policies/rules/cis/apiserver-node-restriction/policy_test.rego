package kubeward.rules.cis.apiserver_node_restriction_test

import data.kubeward.rules.cis.apiserver_node_restriction as rule
import data.kubeward.test.cis_fixtures as cfx

test_included_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--enable-admission-plugins=EventRateLimit,NodeRestriction"])
	v == set()
}

test_included_in_a_repeated_flag_allowed if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "kube-apiserver", ["--enable-admission-plugins=EventRateLimit", "--enable-admission-plugins", "NodeRestriction"])
	v == set()
}

test_missing_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1", "--enable-admission-plugins=EventRateLimit"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --enable-admission-plugins=EventRateLimit without NodeRestriction: without it a kubelet can modify other nodes and pods and set its own node labels", "spec.containers[0].command[2]")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --enable-admission-plugins, so NodeRestriction is not enabled: without it a kubelet can modify other nodes and pods and set its own node labels", "spec.containers[0].command")}
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", [])
	v == set()
}
