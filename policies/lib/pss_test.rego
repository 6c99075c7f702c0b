package kubeward.lib.pss_test

import data.kubeward.lib.pss
import data.kubeward.test.fixtures as fx

test_version_defaults_to_latest if {
	pss.version == "latest" with input as {}
	pss.version == "latest" with input as {"parameters": {}}
	pss.version == "latest" with input as {"parameters": {"version": null}}
	pss.minor == pss.latest_minor with input as {"parameters": {}}
}

test_minor_parsed if {
	pss.minor == 27 with input as {"parameters": {"version": "v1.27"}}
	pss.minor == 8 with input as {"parameters": {"version": "v1.8"}}
	pss.version == "v1.8" with input as {"parameters": {"version": "v1.8"}}
}

test_invalid_version_is_latest if {
	pss.minor == pss.latest_minor with input as {"parameters": {"version": "v2.1"}}
	pss.minor == pss.latest_minor with input as {"parameters": {"version": "1.27"}}
	pss.minor == pss.latest_minor with input as {"parameters": {"version": "latest"}}
}

test_at_least if {
	pss.at_least(25) with input as {"parameters": {"version": "v1.25"}}
	not pss.at_least(25) with input as {"parameters": {"version": "v1.24"}}
	pss.at_least(37) with input as {"parameters": {}}
}

test_windows_exempt_from_1_25 if {
	win := fx.pod({"os": {"name": "windows"}, "containers": [fx.container("a", {})]})
	pss.windows_exempt with input as win
	not pss.windows_exempt with input as object.union(win, {"parameters": {"version": "v1.24"}})
	pss.windows_pod with input as object.union(win, {"parameters": {"version": "v1.24"}})
	not pss.windows_pod with input as fx.pod({"os": {"name": "linux"}, "containers": [fx.container("a", {})]})
}

test_user_namespace_relaxed_from_1_35 if {
	userns := fx.pod({"hostUsers": false, "containers": [fx.container("a", {})]})
	pss.user_namespace_relaxed with input as userns
	not pss.user_namespace_relaxed with input as object.union(userns, {"parameters": {"version": "v1.34"}})
	not pss.user_namespace_relaxed with input as fx.pod({"hostUsers": true, "containers": [fx.container("a", {})]})
	not pss.user_namespace_relaxed with input as fx.pod({"containers": [fx.container("a", {})]})
}

test_field_path if {
	pss.field_path({"securityContext": {"a": 1}}, "spec.containers[0]", "a") == "spec.containers[0].securityContext.a"
	pss.field_path({"securityContext": {"a": null}}, "spec.containers[0]", "a") == "spec.containers[0].securityContext"
	pss.field_path({"securityContext": null}, "spec.containers[0]", "a") == "spec.containers[0]"
	pss.field_path({}, "spec", "a") == "spec"
}
