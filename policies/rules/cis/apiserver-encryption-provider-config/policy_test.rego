package kubeward.rules.cis.apiserver_encryption_provider_config_test

import data.kubeward.rules.cis.apiserver_encryption_provider_config as rule
import data.kubeward.test.cis_fixtures as cfx

test_all_set_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--encryption-provider-config=/etc/kubernetes/pki/x"])
	v == set()
}

test_none_set_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --encryption-provider-config: without an EncryptionConfiguration, Secrets are stored in etcd in plain text", "spec.containers[0].command")}
}

test_empty_value_denied if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "kube-apiserver", ["--encryption-provider-config", "--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --encryption-provider-config to an empty value: without an EncryptionConfiguration, Secrets are stored in etcd in plain text", "spec.containers[0].args[0]")}
}

test_space_separated_value_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--encryption-provider-config", "/etc/kubernetes/pki/x"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", [])
	v == set()
}
