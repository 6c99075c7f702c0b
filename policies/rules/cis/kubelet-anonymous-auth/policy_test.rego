package kubeward.rules.cis.kubelet_anonymous_auth_test

import data.kubeward.rules.cis.kubelet_anonymous_auth as rule
import data.kubeward.test.cis_fixtures as cfx

test_anonymous_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"authentication": {"anonymous": {"enabled": true}}})
	v == {cfx.finding("kubelet sets authentication.anonymous.enabled: true: requests without credentials are served as system:anonymous", "authentication.anonymous.enabled")}
}

test_disabled_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"authentication": {"anonymous": {"enabled": false}}})
	v == set()
}

test_unset_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {})
	v == set()
}
