package kubeward.rules.secrets.secret_data_committed_test

import data.kubeward.rules.secrets.secret_data_committed as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.secrets_fixtures as sfx

test_data_and_string_data_denied if {
	v := rule.violation with input as sfx.secret("db", "Opaque", {
		"data": {"password": "aHVudGVyMjI=", "empty": "", "n": 1},
		"stringData": {"api.key": "abc123", "user": "${DB_USER}", "token": "t"},
	})
	v == {
		fx.finding(`Secret "db" commits values in data for 1 key(s): "password"`, "data"),
		fx.finding(`Secret "db" commits values in stringData for 2 key(s): "api.key", "token"`, "stringData"),
	}
}

test_typeless_secret_denied if {
	v := rule.violation with input as sfx.core({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"}, "stringData": {"token": "t0ken"}})
	v == {fx.finding(`Secret "s" commits values in stringData for 1 key(s): "token"`, "stringData")}
}

test_empty_and_other_types_allowed if {
	v1 := rule.violation with input as sfx.secret("webhook-certs", "Opaque", {})
	v1 == set()
	v2 := rule.violation with input as sfx.secret("tls", "kubernetes.io/tls", {"data": {"tls.key": "LS0t"}})
	v2 == set()
}
