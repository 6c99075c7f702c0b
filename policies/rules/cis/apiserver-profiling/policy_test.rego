package kubeward.rules.cis.apiserver_profiling_test

import data.kubeward.rules.cis.apiserver_profiling as rule
import data.kubeward.test.cis_fixtures as cfx

test_explicit_true_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1", "--profiling=true"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --profiling=true: profiling endpoints expose program internals and are not needed in production", "spec.containers[0].command[2]")}
}

test_last_occurrence_wins if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "/usr/local/bin/kube-apiserver", ["--profiling=false", "--profiling=true"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --profiling=true: profiling endpoints expose program internals and are not needed in production", "spec.containers[0].args[1]")}
	w := rule.violation with input as cfx.static_pod_args("kube-apiserver", "/usr/local/bin/kube-apiserver", ["--profiling=true", "--profiling=false"])
	w == set()
}

test_false_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--profiling=false"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", ["--profiling=true"])
	v == set()
}

test_bare_flag_is_true if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--profiling", "false"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --profiling=true: profiling endpoints expose program internals and are not needed in production", "spec.containers[0].command[1]")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --profiling, which defaults to true: profiling endpoints expose program internals and are not needed in production", "spec.containers[0].command")}
}

test_unparseable_value_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--profiling=maybe"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --profiling=maybe: profiling endpoints expose program internals and are not needed in production", "spec.containers[0].command[1]")}
}
