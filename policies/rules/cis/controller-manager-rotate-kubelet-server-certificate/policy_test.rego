package kubeward.rules.cis.controller_manager_rotate_kubelet_server_certificate_test

import data.kubeward.rules.cis.controller_manager_rotate_kubelet_server_certificate as rule
import data.kubeward.test.cis_fixtures as cfx

test_enabled_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--feature-gates=RotateKubeletServerCertificate=true"])
	v == set()
}

test_unset_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--leader-elect=true"])
	v == set()
}

test_disabled_denied if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--leader-elect=true", "--feature-gates=SomeGate=true,RotateKubeletServerCertificate=false"])
	v == {cfx.finding("kube-controller-manager container \"kube-controller-manager\" sets --feature-gates=RotateKubeletServerCertificate=false: kubelet serving certificates are then not issued and rotated through the certificates API", "spec.containers[0].command[2]")}
}

test_later_setting_wins if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--feature-gates=RotateKubeletServerCertificate=true", "--feature-gates", "RotateKubeletServerCertificate=false"])
	v == {cfx.finding("kube-controller-manager container \"kube-controller-manager\" sets --feature-gates=RotateKubeletServerCertificate=false: kubelet serving certificates are then not issued and rotated through the certificates API", "spec.containers[0].command[3]")}
}

test_later_setting_reenables if {
	v := rule.violation with input as cfx.static_pod("kube-controller-manager", ["--feature-gates=RotateKubeletServerCertificate=false", "--feature-gates=RotateKubeletServerCertificate=true"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-controller-manager", ["--feature-gates=RotateKubeletServerCertificate=false"])
	v == set()
}
