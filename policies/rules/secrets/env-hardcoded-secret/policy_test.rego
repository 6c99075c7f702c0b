package kubeward.rules.secrets.env_hardcoded_secret_test

import data.kubeward.rules.secrets.env_hardcoded_secret as rule
import data.kubeward.test.fixtures as fx

test_token_and_named_secrets_denied if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {"env": [
		{"name": "AWS_ACCESS_KEY_ID", "value": "AKIAIOSFODNN7EXAMPLE"},
		{"name": "DB_PASSWORD", "value": "hunter22"},
		{"name": "DATABASE_URL", "value": "postgres://app:s3cr3t@db:5432/app"},
		{"name": "LOG_LEVEL", "value": "info"},
		{"name": "API_TOKEN", "value": "$(API_TOKEN_FROM_SECRET)"},
		{"name": "TOKEN", "valueFrom": {"secretKeyRef": {"name": "t", "key": "t"}}},
	]})]})
	v == {
		fx.finding(`container "web" env "AWS_ACCESS_KEY_ID" contains an AWS access key id (value [REDACTED, 20 chars])`, "spec.containers[0].env[0].value"),
		fx.finding(`container "web" env "DB_PASSWORD" contains a literal value for a credential-named key (value [REDACTED, 8 chars])`, "spec.containers[0].env[1].value"),
		fx.finding(`container "web" env "DATABASE_URL" contains a URL with an embedded password (value [REDACTED, 33 chars])`, "spec.containers[0].env[2].value"),
	}
}

test_every_workload_kind_denied if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"containers": [fx.container("web", {"env": [{"name": "ADMIN_PASSWORD", "value": "changeme"}]})]})
		v == {fx.finding(`container "web" env "ADMIN_PASSWORD" contains a literal value for a credential-named key (value [REDACTED, 8 chars])`, sprintf("%s.containers[0].env[0].value", [prefix]))}
	}
}

test_references_and_paths_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {"env": [
		{"name": "TOKEN_FILE", "value": "/var/run/secrets/tokens/api"},
		{"name": "DB_PASSWORD", "value": "${DB_PASSWORD}"},
		{"name": "HF_TOKEN", "value": "<your-token>"},
		{"name": "EMPTY_PASSWORD"},
		{"name": "SECRET_COUNT", "value": 3},
	]})]})
	v == set()
}
