package kubeward.rules.cis.apiserver_authorization_mode_node_test

import data.kubeward.rules.cis.apiserver_authorization_mode_node as rule
import data.kubeward.test.cis_fixtures as cfx

test_included_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--authorization-mode=RBAC,Node"])
	v == set()
}

test_included_in_a_repeated_flag_allowed if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "kube-apiserver", ["--authorization-mode=RBAC", "--authorization-mode", "Node"])
	v == set()
}

test_missing_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1", "--authorization-mode=RBAC"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --authorization-mode=RBAC without Node: the Node authorizer is what restricts each kubelet to the objects of its own pods", "spec.containers[0].command[2]")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --authorization-mode, which defaults to AlwaysAllow: the Node authorizer is what restricts each kubelet to the objects of its own pods", "spec.containers[0].command")}
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", [])
	v == set()
}

test_structured_authorization_config_not_judged if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--authorization-config=/etc/kubernetes/authz.yaml"])
	v == set()
}
