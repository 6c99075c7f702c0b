package kubeward.rules.cis.apiserver_always_pull_images_test

import data.kubeward.rules.cis.apiserver_always_pull_images as rule
import data.kubeward.test.cis_fixtures as cfx

test_included_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--enable-admission-plugins=NodeRestriction,AlwaysPullImages"])
	v == set()
}

test_included_in_a_repeated_flag_allowed if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "kube-apiserver", ["--enable-admission-plugins=NodeRestriction", "--enable-admission-plugins", "AlwaysPullImages"])
	v == set()
}

test_missing_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1", "--enable-admission-plugins=NodeRestriction"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --enable-admission-plugins=NodeRestriction without AlwaysPullImages: pods can run private images already cached on the node without credentials to pull them", "spec.containers[0].command[2]")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --enable-admission-plugins, so AlwaysPullImages is not enabled: pods can run private images already cached on the node without credentials to pull them", "spec.containers[0].command")}
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", [])
	v == set()
}
