package kubeward.rules.secrets.args_hardcoded_secret_test

import data.kubeward.rules.secrets.args_hardcoded_secret as rule
import data.kubeward.test.fixtures as fx

_gh := concat("", ["ghp_", "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"])

test_tokens_and_flags_denied if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("sync", {
		"command": ["sh", "-c", sprintf("git clone https://x-access-token:%s@github.com/acme/app.git /src", [_gh])],
		"args": ["--db-password=hunter22", "--api-key", "abc123def", "--verbose", "--token", "--insecure"],
	})]})
	v == {
		fx.finding(`container "sync" command[2] contains a GitHub token (value [REDACTED, 102 chars])`, "spec.containers[0].command[2]"),
		fx.finding(`container "sync" args[0] passes flag "db-password" a literal credential (value [REDACTED, 8 chars])`, "spec.containers[0].args[0]"),
		fx.finding(`container "sync" args[2] passes flag "api-key" a literal credential (value [REDACTED, 9 chars])`, "spec.containers[0].args[2]"),
	}
}

test_token_after_flag_reported_once if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("a", {"args": ["--token", _gh, "--token=AKIAIOSFODNN7EXAMPLE"]})]})
	v == {
		fx.finding(`container "a" args[1] contains a GitHub token (value [REDACTED, 40 chars])`, "spec.containers[0].args[1]"),
		fx.finding(`container "a" args[2] contains an AWS access key id (value [REDACTED, 28 chars])`, "spec.containers[0].args[2]"),
	}
}

test_every_workload_kind_denied if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"containers": [fx.container("web", {"args": ["--password=s3cret!"]})]})
		v == {fx.finding(`container "web" args[0] passes flag "password" a literal credential (value [REDACTED, 7 chars])`, sprintf("%s.containers[0].args[0]", [prefix]))}
	}
}

test_references_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {
		"command": ["/app", 42],
		"args": ["--password=$(DB_PASSWORD)", "--token-file=/var/run/token", "--secret", "$(SECRET)", "--api-key", 7, "--log-level", "debug", "--password"],
	})]})
	v == set()
}
