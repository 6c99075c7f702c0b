package kubeward.lib.hardening_test

import data.kubeward.lib.hardening
import data.kubeward.test.fixtures as fx

test_windows_and_user_namespaces if {
	hardening.windows_pod with input as fx.pod({"os": {"name": "windows"}, "containers": []})
	not hardening.windows_pod with input as fx.pod({"os": {"name": "linux"}, "containers": []})
	hardening.user_namespaced with input as fx.pod({"hostUsers": false, "containers": []})
	not hardening.user_namespaced with input as fx.pod({"containers": []})
}

test_effective_container_wins if {
	c := {"container": {"name": "a", "securityContext": {"runAsUser": 5}}, "path": "spec.containers[0]", "kind": "containers"}
	e := hardening.effective(c, "runAsUser") with input as fx.pod({"securityContext": {"runAsUser": 7}, "containers": [c.container]})
	e == {"value": 5, "path": "spec.containers[0].securityContext.runAsUser"}
}

test_effective_falls_back_to_pod if {
	c := {"container": {"name": "a", "securityContext": {"runAsUser": null}}, "path": "spec.containers[0]", "kind": "containers"}
	e := hardening.effective(c, "runAsUser") with input as fx.pod({"securityContext": {"runAsUser": 7}, "containers": [c.container]})
	e == {"value": 7, "path": "spec.securityContext.runAsUser"}
}

test_effective_unset if {
	c := {"container": {"name": "a"}, "path": "spec.containers[0]", "kind": "containers"}
	not hardening.effective(c, "runAsUser") with input as fx.pod({"containers": [c.container]})
}

test_canonical_capability if {
	hardening.canonical_capability("cap_net_raw") == "NET_RAW"
}
