package kubeward.rules.pod_security.net_raw_not_dropped_test

import data.kubeward.rules.pod_security.net_raw_not_dropped as rule
import data.kubeward.test.fixtures as fx

_caps(caps) := {"securityContext": {"capabilities": caps}}

test_not_dropped_denied if {
	v := rule.violation with input as fx.pod({
		"initContainers": [fx.container("init", {})],
		"containers": [fx.container("web", _caps({"drop": ["CHOWN", 3]}))],
		"ephemeralContainers": [fx.container("debug", {"securityContext": null})],
	})
	v == {
		fx.finding(`init container "init" does not drop the NET_RAW capability (drop NET_RAW or ALL)`, "spec.initContainers[0].securityContext.capabilities.drop"),
		fx.finding(`container "web" does not drop the NET_RAW capability (drop NET_RAW or ALL)`, "spec.containers[0].securityContext.capabilities.drop"),
		fx.finding(`ephemeral container "debug" does not drop the NET_RAW capability (drop NET_RAW or ALL)`, "spec.ephemeralContainers[0].securityContext.capabilities.drop"),
	}
}

test_added_back_denied if {
	v := rule.violation with input as fx.of_kind("CronJob", {"containers": [fx.container("pinger", _caps({"drop": ["ALL"], "add": ["CHOWN", "cap_net_raw"]}))]})
	v == {fx.finding(`container "pinger" adds the NET_RAW capability`, "spec.jobTemplate.spec.template.spec.containers[0].securityContext.capabilities.add[1]")}
}

test_dropped_allowed if {
	v := rule.violation with input as fx.pod({"containers": [
		fx.container("a", _caps({"drop": ["ALL"]})),
		fx.container("b", _caps({"drop": ["net_raw"], "add": ["NET_BIND_SERVICE"]})),
	]})
	v == set()
}

test_windows_exempt if {
	v := rule.violation with input as fx.pod({"os": {"name": "windows"}, "containers": [fx.container("a", {})]})
	v == set()
}
