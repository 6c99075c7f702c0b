package kubeward.rules.secrets.docker_config_secret_committed_test

import data.kubeward.rules.secrets.docker_config_secret_committed as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.secrets_fixtures as sfx

test_dockerconfigjson_denied if {
	v := rule.violation with input as sfx.secret("regcred", "kubernetes.io/dockerconfigjson", {"data": {".dockerconfigjson": "eyJhdXRocyI6e319"}})
	v == {fx.finding(`Secret "regcred" commits registry credentials in data[".dockerconfigjson"] (value [REDACTED, 16 chars])`, `data[".dockerconfigjson"]`)}
}

test_dockercfg_string_data_denied if {
	v := rule.violation with input as sfx.secret("old", "kubernetes.io/dockercfg", {"stringData": {".dockercfg": "{\"r.example\":{}}"}})
	v == {fx.finding(`Secret "old" commits registry credentials in stringData[".dockercfg"] (value [REDACTED, 16 chars])`, `stringData[".dockercfg"]`)}
}

test_empty_placeholder_and_other_types_allowed if {
	v1 := rule.violation with input as sfx.secret("regcred", "kubernetes.io/dockerconfigjson", {"data": {".dockerconfigjson": ""}})
	v1 == set()
	v2 := rule.violation with input as sfx.secret("regcred", "kubernetes.io/dockerconfigjson", {"stringData": {".dockerconfigjson": "{{ .Values.pullSecret }}"}})
	v2 == set()
	v3 := rule.violation with input as sfx.secret("x", "Opaque", {"data": {".dockerconfigjson": "eyJ9"}})
	v3 == set()
}
