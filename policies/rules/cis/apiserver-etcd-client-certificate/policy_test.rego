package kubeward.rules.cis.apiserver_etcd_client_certificate_test

import data.kubeward.rules.cis.apiserver_etcd_client_certificate as rule
import data.kubeward.test.cis_fixtures as cfx

test_all_set_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--etcd-certfile=/etc/kubernetes/pki/x", "--etcd-keyfile=/etc/kubernetes/pki/x"])
	v == set()
}

test_none_set_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --etcd-certfile: etcd holds every Secret and must only accept the API server, authenticated by certificate", "spec.containers[0].command"), cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --etcd-keyfile: etcd holds every Secret and must only accept the API server, authenticated by certificate", "spec.containers[0].command")}
}

test_empty_value_denied if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "kube-apiserver", ["--etcd-certfile=/etc/kubernetes/pki/x", "--etcd-keyfile", "--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --etcd-keyfile to an empty value: etcd holds every Secret and must only accept the API server, authenticated by certificate", "spec.containers[0].args[1]")}
}

test_space_separated_value_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--etcd-certfile", "/etc/kubernetes/pki/x", "--etcd-keyfile", "/etc/kubernetes/pki/x"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", [])
	v == set()
}
