package kubeward.rules.cis.apiserver_namespace_lifecycle_plugin_test

import data.kubeward.rules.cis.apiserver_namespace_lifecycle_plugin as rule
import data.kubeward.test.cis_fixtures as cfx

test_listed_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1", "--disable-admission-plugins=PersistentVolumeLabel,NamespaceLifecycle"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" disables NamespaceLifecycle in --disable-admission-plugins=PersistentVolumeLabel,NamespaceLifecycle: NamespaceLifecycle stops objects being created in terminating or non-existent namespaces and protects the system namespaces", "spec.containers[0].command[2]")}
}

test_listed_in_a_repeated_flag_denied if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "kube-apiserver", ["--disable-admission-plugins=NamespaceLifecycle", "--disable-admission-plugins", "PersistentVolumeLabel"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" disables NamespaceLifecycle in --disable-admission-plugins=NamespaceLifecycle,PersistentVolumeLabel: NamespaceLifecycle stops objects being created in terminating or non-existent namespaces and protects the system namespaces", "spec.containers[0].args[2]")}
}

test_not_listed_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--disable-admission-plugins=PersistentVolumeLabel"])
	v == set()
}

test_unset_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", [])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", ["--disable-admission-plugins=NamespaceLifecycle"])
	v == set()
}
