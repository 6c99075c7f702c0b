package kubeward.rules.secrets.service_account_token_secret_test

import data.kubeward.rules.secrets.service_account_token_secret as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.secrets_fixtures as sfx

test_token_secret_denied if {
	v := rule.violation with input as sfx.secret("ci-token", "kubernetes.io/service-account-token", {"metadata": {"name": "ci-token", "annotations": {"kubernetes.io/service-account.name": "ci"}}})
	v == {fx.finding(`Secret "ci-token" is a long-lived, non-expiring token for ServiceAccount "ci"`, "type")}
}

test_token_secret_without_annotation_denied if {
	v := rule.violation with input as sfx.secret("t", "kubernetes.io/service-account-token", {})
	v == {fx.finding(`Secret "t" is a long-lived, non-expiring token for ServiceAccount "(none)"`, "type")}
}

test_other_types_allowed if {
	v := rule.violation with input as sfx.secret("t", "Opaque", {})
	v == set()
}
