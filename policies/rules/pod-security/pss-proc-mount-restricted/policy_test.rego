package kubeward.rules.pod_security.pss_proc_mount_restricted_test

import data.kubeward.rules.pod_security.pss_proc_mount_restricted as rule
import data.kubeward.test.fixtures as fx

_spec(host_users) := {
	"hostUsers": host_users,
	"initContainers": [fx.container("setup", {"securityContext": {"procMount": "Unmasked"}})],
	"containers": [
		fx.container("web", {}),
		fx.container("ok", {"securityContext": {"procMount": "Default"}}),
		fx.container("nul", {"securityContext": {"procMount": null}}),
	],
	"ephemeralContainers": [fx.container("debug", {"securityContext": {"procMount": "unmasked"}})],
}

_expected(prefix) := {
	fx.finding(`init container "setup" sets procMount "Unmasked"; Restricted allows only Default, even with spec.hostUsers: false`, sprintf("%s.initContainers[0].securityContext.procMount", [prefix])),
	fx.finding(`ephemeral container "debug" sets procMount "unmasked"; Restricted allows only Default, even with spec.hostUsers: false`, sprintf("%s.ephemeralContainers[0].securityContext.procMount", [prefix])),
}

test_unmasked_denied_every_kind if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, _spec(true))
		v == _expected(prefix)
	}
}

# Unlike Baseline, hostUsers: false relaxes nothing, at any version.
test_user_namespace_not_relaxed if {
	every version in ["v1.34", "v1.35", "latest"] {
		v := rule.violation with input as object.union(fx.pod(_spec(false)), {"parameters": {"version": version}})
		v == _expected("spec")
	}
}

test_default_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", {"securityContext": {"procMount": "Default"}})]})
	v == set()
}
