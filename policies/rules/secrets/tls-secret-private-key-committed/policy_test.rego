package kubeward.rules.secrets.tls_secret_private_key_committed_test

import data.kubeward.rules.secrets.tls_secret_private_key_committed as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.secrets_fixtures as sfx

test_tls_key_denied if {
	v := rule.violation with input as sfx.secret("web-tls", "kubernetes.io/tls", {
		"data": {"tls.crt": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t", "tls.key": "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t"},
		"stringData": {"tls.key": "-----BEGIN PRIVATE KEY-----"},
	})
	v == {
		fx.finding(`TLS Secret "web-tls" commits its private key in data["tls.key"] (value [REDACTED, 36 chars])`, `data["tls.key"]`),
		fx.finding(`TLS Secret "web-tls" commits its private key in stringData["tls.key"] (value [REDACTED, 27 chars])`, `stringData["tls.key"]`),
	}
}

test_empty_key_and_other_types_allowed if {
	v1 := rule.violation with input as sfx.secret("web-tls", "kubernetes.io/tls", {"data": {"tls.crt": "", "tls.key": ""}})
	v1 == set()
	v2 := rule.violation with input as sfx.secret("x", "Opaque", {"data": {"tls.key": "LS0t"}})
	v2 == set()
}
