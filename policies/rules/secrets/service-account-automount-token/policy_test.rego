package kubeward.rules.secrets.service_account_automount_token_test

import data.kubeward.rules.secrets.service_account_automount_token as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.secrets_fixtures as sfx

_msg := `ServiceAccount "app" auto-mounts its API token into every pod that uses it (automountServiceAccountToken is not false)`

test_unset_and_true_denied if {
	v1 := rule.violation with input as sfx.core({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "app"}})
	v1 == {fx.finding(_msg, "automountServiceAccountToken")}
	v2 := rule.violation with input as sfx.core({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "app"}, "automountServiceAccountToken": true})
	v2 == {fx.finding(_msg, "automountServiceAccountToken")}
}

test_false_allowed if {
	v := rule.violation with input as sfx.core({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "app"}, "automountServiceAccountToken": false})
	v == set()
}
