package kubeward.rules.cis.apiserver_always_admit_test

import data.kubeward.rules.cis.apiserver_always_admit as rule
import data.kubeward.test.cis_fixtures as cfx

test_listed_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1", "--enable-admission-plugins=NodeRestriction,AlwaysAdmit"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" enables AlwaysAdmit in --enable-admission-plugins=NodeRestriction,AlwaysAdmit: AlwaysAdmit admits every request and is deprecated", "spec.containers[0].command[2]")}
}

test_listed_in_a_repeated_flag_denied if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "kube-apiserver", ["--enable-admission-plugins=AlwaysAdmit", "--enable-admission-plugins", "NodeRestriction"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" enables AlwaysAdmit in --enable-admission-plugins=AlwaysAdmit,NodeRestriction: AlwaysAdmit admits every request and is deprecated", "spec.containers[0].args[2]")}
}

test_not_listed_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--enable-admission-plugins=NodeRestriction"])
	v == set()
}

test_unset_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", [])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", ["--enable-admission-plugins=AlwaysAdmit"])
	v == set()
}
