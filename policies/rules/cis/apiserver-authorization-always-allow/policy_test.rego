package kubeward.rules.cis.apiserver_authorization_always_allow_test

import data.kubeward.rules.cis.apiserver_authorization_always_allow as rule
import data.kubeward.test.cis_fixtures as cfx

test_node_rbac_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--authorization-mode=Node,RBAC"])
	v == set()
}

test_authorization_config_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--authorization-config=/etc/kubernetes/authz.yaml"])
	v == set()
}

test_always_allow_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=6443", "--authorization-mode=AlwaysAllow"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --authorization-mode=AlwaysAllow: every request, authenticated or not, is authorized", "spec.containers[0].command[2]")}
}

test_always_allow_in_a_list_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--authorization-mode", "Node,RBAC,AlwaysAllow"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --authorization-mode=Node,RBAC,AlwaysAllow: every request, authenticated or not, is authorized", "spec.containers[0].command[2]")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=6443"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --authorization-mode, which defaults to AlwaysAllow: every request, authenticated or not, is authorized", "spec.containers[0].command")}
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", ["--authorization-mode=AlwaysAllow"])
	v == set()
}
