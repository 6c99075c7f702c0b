package kubeward.rules.pod_security.privileged_container_test

import data.kubeward.rules.pod_security.privileged_container as rule
import data.kubeward.test.fixtures as fx

test_privileged_container_denied if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {"securityContext": {"privileged": true}})]})
	v == {fx.finding(`container "web" is privileged`, "spec.containers[0].securityContext.privileged")}
}

test_init_and_ephemeral_containers_denied if {
	v := rule.violation with input as fx.pod({
		"initContainers": [fx.container("setup", {"securityContext": {"privileged": true}})],
		"containers": [fx.container("web", {})],
		"ephemeralContainers": [
			fx.container("ok", {"securityContext": {"privileged": false}}),
			fx.container("debug", {"securityContext": {"privileged": true}}),
		],
	})
	v == {
		fx.finding(`init container "setup" is privileged`, "spec.initContainers[0].securityContext.privileged"),
		fx.finding(`ephemeral container "debug" is privileged`, "spec.ephemeralContainers[1].securityContext.privileged"),
	}
}

test_every_workload_kind_denied if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"containers": [fx.container("web", {"securityContext": {"privileged": true}})]})
		v == {fx.finding(`container "web" is privileged`, sprintf("%s.containers[0].securityContext.privileged", [prefix]))}
	}
}

test_unset_false_and_null_allowed if {
	v := rule.violation with input as fx.pod({"containers": [
		fx.container("a", {}),
		fx.container("b", {"securityContext": {"privileged": false}}),
		fx.container("c", {"securityContext": {"privileged": null}}),
		fx.container("d", {"securityContext": null}),
		fx.container("e", {"securityContext": {"allowPrivilegeEscalation": true}}),
	]})
	v == set()
}

test_non_workload_kind_ignored if {
	v := rule.violation with input as {"review": {
		"kind": {"group": "", "version": "v1", "kind": "ConfigMap"},
		"object": {"kind": "ConfigMap", "metadata": {"name": "x"}, "spec": {"containers": [{"name": "web", "securityContext": {"privileged": true}}]}},
	}}
	v == set()
}

# The check is the same at every Pod Security Standards version: the version parameter changes
# nothing, from v1.0 to latest.
test_same_at_every_version if {
	every version in ["v1.0", "v1.24", "v1.35", "latest"] {
		count(rule.violation) == 1 with input as object.union(fx.pod({"containers": [fx.container("web", {"securityContext": {"privileged": true}})]}), {"parameters": {"version": version}})
		count(rule.violation) == 0 with input as object.union(fx.pod({"containers": [fx.container("web", {"securityContext": {"privileged": false}})]}), {"parameters": {"version": version}})
	}
}
