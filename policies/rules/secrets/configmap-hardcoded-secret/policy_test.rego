package kubeward.rules.secrets.configmap_hardcoded_secret_test

import data.kubeward.rules.secrets.configmap_hardcoded_secret as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.secrets_fixtures as sfx

test_tokens_and_named_keys_denied if {
	v := rule.violation with input as sfx.configmap({
		"POSTGRES_PASSWORD": "accounts-pwd",
		"app.yaml": "server:\n  port: 8080\nslack:\n  token: xoxb-1234567890-abcdefghij\n",
		"LOG_LEVEL": "info",
		"ADMIN_PASSWORD": "${ADMIN_PASSWORD}",
		"RETRIES": 3,
	})
	v == {
		fx.finding(`ConfigMap "app-config" key "POSTGRES_PASSWORD" contains a literal value for a credential-named key (value [REDACTED, 12 chars])`, "data.POSTGRES_PASSWORD"),
		fx.finding(`ConfigMap "app-config" key "app.yaml" contains a Slack token (value [REDACTED, 64 chars])`, `data["app.yaml"]`),
	}
}

test_multiline_value_under_credential_name_allowed if {
	v := rule.violation with input as sfx.configmap({"token": "line one\nline two"})
	v == set()
}

test_no_data_allowed if {
	v := rule.violation with input as sfx.core({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "empty"}})
	v == set()
}
