package kubeward.rules.cis.apiserver_audit_log_maxage_test

import data.kubeward.rules.cis.apiserver_audit_log_maxage as rule
import data.kubeward.test.cis_fixtures as cfx

test_at_minimum_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--audit-log-maxage=30"])
	v == set()
}

test_below_minimum_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1", "--audit-log-maxage", "29"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --audit-log-maxage=29, below 30 days: audit logs must be kept long enough to investigate incidents", "spec.containers[0].command[3]")}
}

test_not_a_number_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--audit-log-maxage=lots"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --audit-log-maxage=lots, below 30 days: audit logs must be kept long enough to investigate incidents", "spec.containers[0].command[1]")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --audit-log-maxage: audit logs must be kept long enough to investigate incidents (at least 30 days)", "spec.containers[0].command")}
}

test_parameter_minimum if {
	v := rule.violation with input as cfx.with_params(cfx.static_pod("kube-apiserver", ["--audit-log-maxage=30"]), {"minimum": 60})
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --audit-log-maxage=30, below 60 days: audit logs must be kept long enough to investigate incidents", "spec.containers[0].command[1]")}
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", [])
	v == set()
}
