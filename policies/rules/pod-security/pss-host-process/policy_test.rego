package kubeward.rules.pod_security.pss_host_process_test

import data.kubeward.rules.pod_security.pss_host_process as rule
import data.kubeward.test.fixtures as fx

_host_process := {"securityContext": {"windowsOptions": {"hostProcess": true}}}

test_pod_level_denied if {
	v := rule.violation with input as fx.pod({
		"securityContext": {"windowsOptions": {"hostProcess": true}},
		"hostNetwork": true,
		"containers": [fx.container("agent", {})],
	})
	v == {fx.finding(
		"pod sets securityContext.windowsOptions.hostProcess to true, so every container runs as a Windows HostProcess container",
		"spec.securityContext.windowsOptions.hostProcess",
	)}
}

test_pod_and_every_container_list_denied if {
	v := rule.violation with input as fx.of_kind("DaemonSet", {
		"securityContext": {"windowsOptions": {"hostProcess": true}},
		"hostNetwork": true,
		"initContainers": [fx.container("init", _host_process)],
		"containers": [fx.container("agent", _host_process)],
		"ephemeralContainers": [fx.container("debug", _host_process)],
	})
	v == {
		fx.finding(
			"pod sets securityContext.windowsOptions.hostProcess to true, so every container runs as a Windows HostProcess container",
			"spec.template.spec.securityContext.windowsOptions.hostProcess",
		),
		fx.finding(`init container "init" runs as a Windows HostProcess container`, "spec.template.spec.initContainers[0].securityContext.windowsOptions.hostProcess"),
		fx.finding(`container "agent" runs as a Windows HostProcess container`, "spec.template.spec.containers[0].securityContext.windowsOptions.hostProcess"),
		fx.finding(`ephemeral container "debug" runs as a Windows HostProcess container`, "spec.template.spec.ephemeralContainers[0].securityContext.windowsOptions.hostProcess"),
	}
}

test_container_level_only_denied if {
	v := rule.violation with input as fx.of_kind("Job", {"containers": [
		fx.container("ok", {"securityContext": {"windowsOptions": {"hostProcess": false}}}),
		fx.container("agent", _host_process),
	]})
	v == {fx.finding(`container "agent" runs as a Windows HostProcess container`, "spec.template.spec.containers[1].securityContext.windowsOptions.hostProcess")}
}

test_unset_false_and_null_allowed if {
	v := rule.violation with input as fx.pod({
		"securityContext": {"windowsOptions": {"hostProcess": false, "runAsUserName": "ContainerUser"}},
		"containers": [
			fx.container("a", {}),
			fx.container("b", {"securityContext": {"windowsOptions": {"hostProcess": null}}}),
			fx.container("c", {"securityContext": {"windowsOptions": null}}),
			fx.container("d", {"securityContext": {"windowsOptions": {"gmsaCredentialSpecName": "gmsa"}}}),
		],
	})
	v == set()
}

test_no_security_context_allowed if {
	v := rule.violation with input as fx.pod({"securityContext": null, "containers": [fx.container("a", {})]})
	v == set()
}

# The check is the same at every Pod Security Standards version: the version parameter changes
# nothing, from v1.0 to latest.
test_same_at_every_version if {
	every version in ["v1.0", "v1.24", "v1.35", "latest"] {
		count(rule.violation) == 1 with input as object.union(fx.pod({"securityContext": {"windowsOptions": {"hostProcess": true}}, "containers": [fx.container("web", {})]}), {"parameters": {"version": version}})
		count(rule.violation) == 0 with input as object.union(fx.pod({"securityContext": {"windowsOptions": {"hostProcess": false}}, "containers": [fx.container("web", {})]}), {"parameters": {"version": version}})
	}
}
