package kubeward.rules.cis.etcd_unique_ca_test

import data.kubeward.rules.cis.etcd_unique_ca as rule
import data.kubeward.test.cis_fixtures as cfx

test_distinct_ca_allowed if {
	v := rule.violation with input as cfx.static_pod("etcd", ["--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt"])
		with data.inventory as {"namespace": {"kube-system": {"v1": {"Pod": {"kube-apiserver-cp1": {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "kube-apiserver-cp1", "namespace": "kube-system"}, "spec": {"containers": [{"name": "kube-apiserver", "command": ["kube-apiserver", "--client-ca-file=/etc/kubernetes/pki/ca.crt"]}]}}}}}}}
	v == set()
}

test_shared_ca_denied if {
	v := rule.violation with input as cfx.static_pod("etcd", ["--name=cp1", "--trusted-ca-file", "/etc/kubernetes/pki/etcd/ca.crt"])
		with data.inventory as {"namespace": {"kube-system": {"v1": {"Pod": {"kube-apiserver-cp1": {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "kube-apiserver-cp1", "namespace": "kube-system"}, "spec": {"containers": [{"name": "kube-apiserver", "command": ["kube-apiserver", "--client-ca-file", "/etc/kubernetes/pki/etcd/ca.crt"]}]}}}}}}}
	v == {cfx.finding("etcd container \"etcd\" trusts /etc/kubernetes/pki/etcd/ca.crt for client certificates, the same CA as --client-ca-file of the kube-apiserver pod \"kube-apiserver-cp1\": a certificate issued for any cluster client is then also accepted by etcd", "spec.containers[0].command[3]")}
}

test_no_apiserver_in_inventory_allowed if {
	v := rule.violation with input as cfx.static_pod("etcd", ["--trusted-ca-file=/etc/kubernetes/pki/ca.crt"])
		with data.inventory as {}
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("etcd", ["--trusted-ca-file=/etc/kubernetes/pki/ca.crt"])
		with data.inventory as {"namespace": {"kube-system": {"v1": {"Pod": {"kube-apiserver-cp1": {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "kube-apiserver-cp1", "namespace": "kube-system"}, "spec": {"containers": [{"name": "kube-apiserver", "command": ["kube-apiserver", "--client-ca-file=/etc/kubernetes/pki/ca.crt"]}]}}}}}}}
	v == set()
}
