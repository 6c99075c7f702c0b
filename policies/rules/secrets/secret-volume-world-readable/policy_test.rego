package kubeward.rules.secrets.secret_volume_world_readable_test

import data.kubeward.rules.secrets.secret_volume_world_readable as rule
import data.kubeward.test.fixtures as fx

test_world_modes_denied if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {})], "volumes": [
		{"name": "tls", "secret": {"secretName": "web-tls", "defaultMode": 420}},
		{"name": "db", "secret": {"secretName": "db", "defaultMode": 256, "items": [{"key": "password", "path": "password", "mode": 511}, {"key": "user", "path": "user"}]}},
		{"name": "bundle", "projected": {"defaultMode": 436, "sources": [{"secret": {"name": "api", "items": [{"key": "k", "path": "k", "mode": 257}]}}, {"configMap": {"name": "ca"}}]}},
		{"name": "conf", "configMap": {"name": "conf", "defaultMode": 511}},
		{"name": "odd", "secret": {"secretName": "odd", "defaultMode": "0644"}},
	]})
	v == {
		fx.finding(`volume "tls" gives every user in the container access to the files of Secret "web-tls" (mode 0644)`, "spec.volumes[0].secret.defaultMode"),
		fx.finding(`volume "db" gives every user in the container access to the files of Secret "db" (mode 0777)`, "spec.volumes[1].secret.items[0].mode"),
		fx.finding(`volume "bundle" gives every user in the container access to the files of Secret "api" (mode 0664)`, "spec.volumes[2].projected.defaultMode"),
		fx.finding(`volume "bundle" gives every user in the container access to the files of Secret "api" (mode 0401)`, "spec.volumes[2].projected.sources[0].secret.items[0].mode"),
	}
}

test_every_workload_kind_denied if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"containers": [fx.container("web", {})], "volumes": [{"name": "s", "secret": {"secretName": "s", "defaultMode": 292}}]})
		v == {fx.finding(`volume "s" gives every user in the container access to the files of Secret "s" (mode 0444)`, sprintf("%s.volumes[0].secret.defaultMode", [prefix]))}
	}
}

test_owner_and_group_modes_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {})], "volumes": [
		{"name": "a", "secret": {"secretName": "a", "defaultMode": 256}},
		{"name": "b", "secret": {"secretName": "b", "defaultMode": 288, "items": [{"key": "k", "path": "k", "mode": 384}]}},
		{"name": "c", "secret": {"secretName": "c"}},
		{"name": "d", "projected": {"defaultMode": 288, "sources": [{"secret": {"name": "d"}}]}},
	]})
	v == set()
}
