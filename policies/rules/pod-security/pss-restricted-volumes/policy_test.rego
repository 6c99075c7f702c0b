package kubeward.rules.pod_security.pss_restricted_volumes_test

import data.kubeward.rules.pod_security.pss_restricted_volumes as rule
import data.kubeward.test.fixtures as fx

_msg(name, type) := sprintf("volume %q uses the restricted volume type %q; only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret volumes are allowed", [name, type])

test_restricted_types_denied if {
	v := rule.violation with input as fx.pod({
		"containers": [fx.container("app", {})],
		"volumes": [
			{"name": "config", "configMap": {"name": "app"}},
			{"name": "host", "hostPath": {"path": "/var/log"}},
			{"name": "share", "nfs": {"server": "nfs.example", "path": "/export"}},
			{"name": "repo", "gitRepo": {"repository": "https://example.com/r.git"}},
		],
	})
	v == {
		fx.finding(_msg("host", "hostPath"), "spec.volumes[1].hostPath"),
		fx.finding(_msg("share", "nfs"), "spec.volumes[2].nfs"),
		fx.finding(_msg("repo", "gitRepo"), "spec.volumes[3].gitRepo"),
	}
}

test_every_workload_kind_denied if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"containers": [fx.container("app", {})], "volumes": [{"name": "disk", "awsElasticBlockStore": {"volumeID": "vol-1"}}]})
		v == {fx.finding(_msg("disk", "awsElasticBlockStore"), sprintf("%s.volumes[0].awsElasticBlockStore", [prefix]))}
	}
}

test_allowed_types_allowed if {
	v := rule.violation with input as fx.of_kind("Deployment", {
		"containers": [fx.container("app", {})],
		"volumes": [
			{"name": "a", "configMap": {"name": "x"}},
			{"name": "b", "csi": {"driver": "secrets-store.csi.k8s.io"}},
			{"name": "c", "downwardAPI": {"items": []}},
			{"name": "d", "emptyDir": {}},
			{"name": "e", "ephemeral": {"volumeClaimTemplate": {"spec": {}}}},
			{"name": "f", "image": {"reference": "registry.example/data:1"}},
			{"name": "g", "persistentVolumeClaim": {"claimName": "data"}},
			{"name": "h", "projected": {"sources": []}},
			{"name": "i", "secret": {"secretName": "tls"}},
			{"name": "j"},
			{"name": "k", "emptyDir": {}, "hostPath": null},
		],
	})
	v == set()
}

# Pod Security Admission lets a volume pass when any allowed source is set.
test_allowed_source_wins if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("app", {})], "volumes": [{"name": "x", "secret": {"secretName": "s"}, "nfs": {"server": "a"}}]})
	v == set()
}

test_same_at_every_version if {
	every version in ["v1.0", "v1.24", "latest"] {
		v := rule.violation with input as object.union(
			fx.pod({"containers": [fx.container("app", {})], "volumes": [{"name": "h", "hostPath": {"path": "/"}}]}),
			{"parameters": {"version": version}},
		)
		v == {fx.finding(_msg("h", "hostPath"), "spec.volumes[0].hostPath")}
	}
}
