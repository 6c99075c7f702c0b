package kubeward.rules.cis.apiserver_token_auth_file_test

import data.kubeward.rules.cis.apiserver_token_auth_file as rule
import data.kubeward.test.cis_fixtures as cfx

test_set_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1", "--token-auth-file", "/etc/kubernetes/tokens.csv"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --token-auth-file=/etc/kubernetes/tokens.csv: static bearer tokens never expire and can only be changed by restarting the API server", "spec.containers[0].command[3]")}
}

test_unset_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", ["--token-auth-file=/x"])
	v == set()
}
