package kubeward.rules.cis.etcd_auto_tls_test

import data.kubeward.rules.cis.etcd_auto_tls as rule
import data.kubeward.test.cis_fixtures as cfx

test_explicit_true_denied if {
	v := rule.violation with input as cfx.static_pod("etcd", ["--secure-port=1", "--auto-tls=true"])
	v == {cfx.finding("etcd container \"etcd\" sets --auto-tls=true: auto-generated self-signed certificates cannot be verified by clients", "spec.containers[0].command[2]")}
}

test_last_occurrence_wins if {
	v := rule.violation with input as cfx.static_pod_args("etcd", "/usr/local/bin/etcd", ["--auto-tls=false", "--auto-tls=true"])
	v == {cfx.finding("etcd container \"etcd\" sets --auto-tls=true: auto-generated self-signed certificates cannot be verified by clients", "spec.containers[0].args[1]")}
	w := rule.violation with input as cfx.static_pod_args("etcd", "/usr/local/bin/etcd", ["--auto-tls=true", "--auto-tls=false"])
	w == set()
}

test_false_allowed if {
	v := rule.violation with input as cfx.static_pod("etcd", ["--auto-tls=false"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("etcd", ["--auto-tls=true"])
	v == set()
}

test_bare_flag_is_true if {
	v := rule.violation with input as cfx.static_pod("etcd", ["--auto-tls", "false"])
	v == {cfx.finding("etcd container \"etcd\" sets --auto-tls=true: auto-generated self-signed certificates cannot be verified by clients", "spec.containers[0].command[1]")}
}

test_unset_allowed if {
	v := rule.violation with input as cfx.static_pod("etcd", ["--secure-port=1"])
	v == set()
}
