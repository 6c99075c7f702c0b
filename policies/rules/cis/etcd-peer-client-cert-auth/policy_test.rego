package kubeward.rules.cis.etcd_peer_client_cert_auth_test

import data.kubeward.rules.cis.etcd_peer_client_cert_auth as rule
import data.kubeward.test.cis_fixtures as cfx

test_explicit_false_denied if {
	v := rule.violation with input as cfx.static_pod("etcd", ["--secure-port=1", "--peer-client-cert-auth=false"])
	v == {cfx.finding("etcd container \"etcd\" sets --peer-client-cert-auth=false: anyone who reaches the peer port can join the etcd cluster", "spec.containers[0].command[2]")}
}

test_last_occurrence_wins if {
	v := rule.violation with input as cfx.static_pod_args("etcd", "/usr/local/bin/etcd", ["--peer-client-cert-auth=true", "--peer-client-cert-auth=false"])
	v == {cfx.finding("etcd container \"etcd\" sets --peer-client-cert-auth=false: anyone who reaches the peer port can join the etcd cluster", "spec.containers[0].args[1]")}
	w := rule.violation with input as cfx.static_pod_args("etcd", "/usr/local/bin/etcd", ["--peer-client-cert-auth=false", "--peer-client-cert-auth=true"])
	w == set()
}

test_true_allowed if {
	v := rule.violation with input as cfx.static_pod("etcd", ["--peer-client-cert-auth=true"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("etcd", ["--peer-client-cert-auth=false"])
	v == set()
}

test_bare_flag_is_true if {
	v := rule.violation with input as cfx.static_pod("etcd", ["--peer-client-cert-auth"])
	v == set()
}

test_unset_denied if {
	v := rule.violation with input as cfx.static_pod("etcd", ["--secure-port=1"])
	v == {cfx.finding("etcd container \"etcd\" does not set --peer-client-cert-auth, which defaults to false: anyone who reaches the peer port can join the etcd cluster", "spec.containers[0].command")}
}

test_unparseable_value_denied if {
	v := rule.violation with input as cfx.static_pod("etcd", ["--peer-client-cert-auth=maybe"])
	v == {cfx.finding("etcd container \"etcd\" sets --peer-client-cert-auth=maybe: anyone who reaches the peer port can join the etcd cluster", "spec.containers[0].command[1]")}
}
