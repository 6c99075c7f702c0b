package kubeward.rules.cis.kubelet_authorization_always_allow_test

import data.kubeward.rules.cis.kubelet_authorization_always_allow as rule
import data.kubeward.test.cis_fixtures as cfx

test_always_allow_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"authorization": {"mode": "AlwaysAllow"}})
	v == {cfx.finding("kubelet sets authorization.mode: AlwaysAllow: every request to the kubelet API is authorized", "authorization.mode")}
}

test_webhook_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"authorization": {"mode": "Webhook"}})
	v == set()
}

test_unset_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {})
	v == set()
}
