package kubeward.rules.cis.apiserver_authorization_mode_rbac_test

import data.kubeward.rules.cis.apiserver_authorization_mode_rbac as rule
import data.kubeward.test.cis_fixtures as cfx

test_included_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--authorization-mode=Node,RBAC"])
	v == set()
}

test_included_in_a_repeated_flag_allowed if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "kube-apiserver", ["--authorization-mode=Node", "--authorization-mode", "RBAC"])
	v == set()
}

test_missing_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1", "--authorization-mode=Node"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --authorization-mode=Node without RBAC: without the RBAC authorizer, Roles and RoleBindings have no effect", "spec.containers[0].command[2]")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --authorization-mode, which defaults to AlwaysAllow: without the RBAC authorizer, Roles and RoleBindings have no effect", "spec.containers[0].command")}
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", [])
	v == set()
}

test_structured_authorization_config_not_judged if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--authorization-config=/etc/kubernetes/authz.yaml"])
	v == set()
}
