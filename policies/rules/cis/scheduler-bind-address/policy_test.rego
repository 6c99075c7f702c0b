package kubeward.rules.cis.scheduler_bind_address_test

import data.kubeward.rules.cis.scheduler_bind_address as rule
import data.kubeward.test.cis_fixtures as cfx

test_loopback_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-scheduler", ["--bind-address=127.0.0.1"])
	v == set()
}

test_ipv6_loopback_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-scheduler", ["--bind-address", "::1"])
	v == set()
}

test_all_interfaces_denied if {
	v := rule.violation with input as cfx.static_pod("kube-scheduler", ["--leader-elect", "--bind-address=0.0.0.0"])
	v == {cfx.finding("kube-scheduler container \"kube-scheduler\" sets --bind-address=0.0.0.0: the scheduler serves health, metrics and profiling on port 10259 of every interface", "spec.containers[0].command[2]")}
}

test_node_ip_denied if {
	v := rule.violation with input as cfx.static_pod("kube-scheduler", ["--bind-address", "192.168.10.11"])
	v == {cfx.finding("kube-scheduler container \"kube-scheduler\" sets --bind-address=192.168.10.11: the scheduler serves health, metrics and profiling on port 10259 of every interface", "spec.containers[0].command[2]")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.static_pod("kube-scheduler", ["--leader-elect=true"])
	v == {cfx.finding("kube-scheduler container \"kube-scheduler\" does not set --bind-address, which defaults to 0.0.0.0: the scheduler serves health, metrics and profiling on port 10259 of every interface", "spec.containers[0].command")}
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-scheduler", ["--bind-address=0.0.0.0"])
	v == set()
}
