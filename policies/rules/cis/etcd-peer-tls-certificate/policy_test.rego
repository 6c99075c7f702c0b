package kubeward.rules.cis.etcd_peer_tls_certificate_test

import data.kubeward.rules.cis.etcd_peer_tls_certificate as rule
import data.kubeward.test.cis_fixtures as cfx

test_all_set_allowed if {
	v := rule.violation with input as cfx.static_pod("etcd", ["--peer-cert-file=/etc/kubernetes/pki/x", "--peer-key-file=/etc/kubernetes/pki/x"])
	v == set()
}

test_none_set_denied if {
	v := rule.violation with input as cfx.static_pod("etcd", ["--secure-port=1"])
	v == {cfx.finding("etcd container \"etcd\" does not set --peer-cert-file: without peer certificates replication traffic between etcd members travels in clear text", "spec.containers[0].command"), cfx.finding("etcd container \"etcd\" does not set --peer-key-file: without peer certificates replication traffic between etcd members travels in clear text", "spec.containers[0].command")}
}

test_empty_value_denied if {
	v := rule.violation with input as cfx.static_pod_args("etcd", "etcd", ["--peer-cert-file=/etc/kubernetes/pki/x", "--peer-key-file", "--secure-port=1"])
	v == {cfx.finding("etcd container \"etcd\" sets --peer-key-file to an empty value: without peer certificates replication traffic between etcd members travels in clear text", "spec.containers[0].args[1]")}
}

test_space_separated_value_allowed if {
	v := rule.violation with input as cfx.static_pod("etcd", ["--peer-cert-file", "/etc/kubernetes/pki/x", "--peer-key-file", "/etc/kubernetes/pki/x"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("etcd", [])
	v == set()
}
