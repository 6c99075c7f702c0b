package kubeward.rules.pod_security.readonly_root_filesystem_test

import data.kubeward.rules.pod_security.readonly_root_filesystem as rule
import data.kubeward.test.fixtures as fx

_ro(v) := {"securityContext": {"readOnlyRootFilesystem": v}}

test_denied if {
	v := rule.violation with input as fx.pod({
		"initContainers": [fx.container("init", _ro(false))],
		"containers": [fx.container("web", {}), fx.container("ok", _ro(true))],
		"ephemeralContainers": [fx.container("debug", _ro(null))],
	})
	v == {
		fx.finding(`init container "init" has a writable root file system (readOnlyRootFilesystem is not true)`, "spec.initContainers[0].securityContext.readOnlyRootFilesystem"),
		fx.finding(`container "web" has a writable root file system (readOnlyRootFilesystem is not true)`, "spec.containers[0].securityContext.readOnlyRootFilesystem"),
		fx.finding(`ephemeral container "debug" has a writable root file system (readOnlyRootFilesystem is not true)`, "spec.ephemeralContainers[0].securityContext.readOnlyRootFilesystem"),
	}
}

test_every_kind if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"containers": [fx.container("web", {})]})
		v == {fx.finding(`container "web" has a writable root file system (readOnlyRootFilesystem is not true)`, sprintf("%s.containers[0].securityContext.readOnlyRootFilesystem", [prefix]))}
	}
}

test_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("web", _ro(true))]})
	v == set()
}

test_windows_exempt if {
	v := rule.violation with input as fx.pod({"os": {"name": "windows"}, "containers": [fx.container("web", {})]})
	v == set()
}
