package kubeward.main_test

import data.kubeward.main
import data.kubeward.test.fixtures as fx

_privileged_pod := fx.pod({"containers": [fx.container("web", {"securityContext": {"privileged": true}})]})

_config := {
	"privileged-container": {
		"package": ["pod_security", "privileged_container"],
		"kinds": ["Pod", "Deployment"],
		"parameters": {},
	},
	"pss-host-namespaces": {
		"package": ["pod_security", "pss_host_namespaces"],
		"kinds": ["Pod"],
	},
}

test_findings_tagged_with_rule_id if {
	f := main.findings with input as _privileged_pod with data.kubeward.config.rules as _config
	f == {{
		"rule": "privileged-container",
		"msg": `container "web" is privileged`,
		"details": {"path": "spec.containers[0].securityContext.privileged"},
	}}
}

test_findings_of_several_rules if {
	obj := fx.workload("Pod", {}, {"hostPID": true, "containers": [fx.container("web", {"securityContext": {"privileged": true}})]})
	f := main.findings with input as fx.review(obj) with data.kubeward.config.rules as _config
	f == {
		{"rule": "privileged-container", "msg": `container "web" is privileged`, "details": {"path": "spec.containers[0].securityContext.privileged"}},
		{"rule": "pss-host-namespaces", "msg": "pod shares the host's process (PID) namespace (hostPID: true)", "details": {"path": "spec.hostPID"}},
	}
	n := main.findings_count with input as fx.review(obj) with data.kubeward.config.rules as _config
	n == 2
}

test_rule_runs_only_for_its_configured_kinds if {
	obj := fx.workload("DaemonSet", {}, {"hostPID": true, "containers": [fx.container("web", {"securityContext": {"privileged": true}})]})
	f := main.findings with input as fx.review(obj) with data.kubeward.config.rules as _config
	f == set()
}

test_unconfigured_rules_do_not_run if {
	f := main.findings with input as _privileged_pod with data.kubeward.config.rules as {}
	f == set()
	n := main.findings_count with input as _privileged_pod with data.kubeward.config.rules as {}
	n == 0
}

test_each_rule_gets_its_own_parameters if {
	conf := {
		"echo-a": {"package": ["testing", "echo_parameters"], "kinds": ["Pod"], "parameters": {"word": "alpha"}},
		"echo-b": {"package": ["testing", "echo_parameters"], "kinds": ["Pod"], "parameters": {"word": "beta"}},
	}
	f := main.findings with input as _privileged_pod with data.kubeward.config.rules as conf
	f == {
		{"rule": "echo-a", "msg": `word is "alpha"`, "details": {"path": "metadata.name"}},
		{"rule": "echo-b", "msg": `word is "beta"`, "details": {"path": "metadata.name"}},
	}
}

test_unknown_package_is_ignored if {
	conf := {"ghost": {"package": ["pod_security", "no_such_rule"], "kinds": ["Pod"]}}
	f := main.findings with input as _privileged_pod with data.kubeward.config.rules as conf
	f == set()
}

# Rules are grouped by parameters (one `with` per distinct set): rules sharing a set, a rule whose
# parameters are the caller's input.parameters, and a caller that passes none at all must each
# still see exactly their own parameters.
test_rules_sharing_parameters_and_the_callers_own if {
	conf := {
		"echo-a": {"package": ["testing", "echo_parameters"], "kinds": ["Pod"], "parameters": {"word": "alpha"}},
		"echo-a2": {"package": ["testing", "echo_parameters"], "kinds": ["Pod"], "parameters": {"word": "alpha"}},
		"echo-c": {"package": ["testing", "echo_parameters"], "kinds": ["Pod"], "parameters": {"word": "caller"}},
	}
	expected := {
		{"rule": "echo-a", "msg": `word is "alpha"`, "details": {"path": "metadata.name"}},
		{"rule": "echo-a2", "msg": `word is "alpha"`, "details": {"path": "metadata.name"}},
		{"rule": "echo-c", "msg": `word is "caller"`, "details": {"path": "metadata.name"}},
	}
	with_caller := object.union(_privileged_pod, {"parameters": {"word": "caller"}})
	main.findings == expected with input as with_caller with data.kubeward.config.rules as conf
	without := object.remove(_privileged_pod, ["parameters"])
	main.findings == expected with input as without with data.kubeward.config.rules as conf
}
