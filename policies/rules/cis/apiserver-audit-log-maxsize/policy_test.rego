package kubeward.rules.cis.apiserver_audit_log_maxsize_test

import data.kubeward.rules.cis.apiserver_audit_log_maxsize as rule
import data.kubeward.test.cis_fixtures as cfx

test_at_minimum_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--audit-log-maxsize=100"])
	v == set()
}

test_below_minimum_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1", "--audit-log-maxsize", "99"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --audit-log-maxsize=99, below 100 megabytes: small audit log files rotate quickly and lose history", "spec.containers[0].command[3]")}
}

test_not_a_number_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--audit-log-maxsize=lots"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --audit-log-maxsize=lots, below 100 megabytes: small audit log files rotate quickly and lose history", "spec.containers[0].command[1]")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --audit-log-maxsize: small audit log files rotate quickly and lose history (at least 100 megabytes)", "spec.containers[0].command")}
}

test_parameter_minimum if {
	v := rule.violation with input as cfx.with_params(cfx.static_pod("kube-apiserver", ["--audit-log-maxsize=100"]), {"minimum": 200})
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --audit-log-maxsize=100, below 200 megabytes: small audit log files rotate quickly and lose history", "spec.containers[0].command[1]")}
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", [])
	v == set()
}
