package kubeward.rules.cis.apiserver_audit_log_maxbackup_test

import data.kubeward.rules.cis.apiserver_audit_log_maxbackup as rule
import data.kubeward.test.cis_fixtures as cfx

test_at_minimum_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--audit-log-maxbackup=10"])
	v == set()
}

test_below_minimum_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1", "--audit-log-maxbackup", "9"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --audit-log-maxbackup=9, below 10 files: audit history is lost when too few rotated files are kept", "spec.containers[0].command[3]")}
}

test_not_a_number_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--audit-log-maxbackup=lots"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --audit-log-maxbackup=lots, below 10 files: audit history is lost when too few rotated files are kept", "spec.containers[0].command[1]")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --audit-log-maxbackup: audit history is lost when too few rotated files are kept (at least 10 files)", "spec.containers[0].command")}
}

test_parameter_minimum if {
	v := rule.violation with input as cfx.with_params(cfx.static_pod("kube-apiserver", ["--audit-log-maxbackup=10"]), {"minimum": 20})
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --audit-log-maxbackup=10, below 20 files: audit history is lost when too few rotated files are kept", "spec.containers[0].command[1]")}
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", [])
	v == set()
}
