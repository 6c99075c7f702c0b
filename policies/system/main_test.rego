package system_test

import data.system

_config := {
	"admission": {"fail_on": "high"},
	"rules": {
		"privileged-container": {
			"package": ["pod_security", "privileged_container"],
			"kinds": ["Pod"],
			"parameters": {},
			"severity": "high",
		},
		"image-mutable-tag": {
			"package": ["images", "image_mutable_tag"],
			"kinds": ["Pod"],
			"parameters": {},
			"severity": "medium",
		},
	},
}

_pod(container) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [container]}}

_review(operation, obj) := {
	"apiVersion": "admission.k8s.io/v1",
	"kind": "AdmissionReview",
	"request": {
		"uid": "705ab4f5-6393-11e8-b7cc-42010a800002",
		"operation": operation,
		"kind": {"group": "", "version": "v1", "kind": "Pod"},
		"name": "p",
		"namespace": "default",
		"object": obj,
	},
}

_privileged_latest := _pod({"name": "web", "image": "nginx:latest", "securityContext": {"privileged": true}})

test_blocking_finding_denies_and_lower_ones_warn if {
	r := system.main with input as _review("CREATE", _privileged_latest) with data.kubeward.config as _config
	r == {
		"apiVersion": "admission.k8s.io/v1",
		"kind": "AdmissionReview",
		"response": {
			"uid": "705ab4f5-6393-11e8-b7cc-42010a800002",
			"allowed": false,
			"status": {
				"code": 403,
				"reason": "Forbidden",
				"message": `kubeward denied the request (1 finding(s)): [high] privileged-container: container "web" is privileged`,
			},
			"warnings": [`[medium] image-mutable-tag: container "web" uses image "nginx:latest" with the mutable tag "latest"`],
		},
	}
}

test_only_warnings_allow if {
	obj := _pod({"name": "web", "image": "nginx:latest"})
	r := system.main with input as _review("UPDATE", obj) with data.kubeward.config as _config
	r.response == {
		"uid": "705ab4f5-6393-11e8-b7cc-42010a800002",
		"allowed": true,
		"warnings": [`[medium] image-mutable-tag: container "web" uses image "nginx:latest" with the mutable tag "latest"`],
	}
}

test_clean_object_allowed_without_warnings if {
	obj := _pod({"name": "web", "image": "nginx:1.27.3"})
	r := system.main with input as _review("CREATE", obj) with data.kubeward.config as _config
	r.response == {"uid": "705ab4f5-6393-11e8-b7cc-42010a800002", "allowed": true}
}

test_most_severe_first_and_default_threshold_low if {
	conf := object.remove(_config, ["admission"])
	r := system.main with input as _review("CREATE", _privileged_latest) with data.kubeward.config as conf
	r.response.status.message == concat("", [
		"kubeward denied the request (2 finding(s)): ",
		`[high] privileged-container: container "web" is privileged; `,
		`[medium] image-mutable-tag: container "web" uses image "nginx:latest" with the mutable tag "latest"`,
	])
	not r.response.warnings
}

test_fail_on_none_blocks_nothing if {
	conf := object.union(_config, {"admission": {"fail_on": "none"}})
	r := system.main with input as _review("CREATE", _privileged_latest) with data.kubeward.config as conf
	r.response.allowed
	r.response.warnings == [
		`[high] privileged-container: container "web" is privileged`,
		`[medium] image-mutable-tag: container "web" uses image "nginx:latest" with the mutable tag "latest"`,
	]
}

test_rule_without_severity_is_info if {
	conf := json.remove(_config, ["rules/privileged-container/severity"])
	r := system.main with input as _review("CREATE", _privileged_latest) with data.kubeward.config as conf
	r.response.allowed
	`[info] privileged-container: container "web" is privileged` in r.response.warnings
}

test_delete_is_allowed if {
	base := _review("DELETE", null)
	req := object.union(base, {"request": object.union(base.request, {"oldObject": _privileged_latest})})
	r := system.main with input as req with data.kubeward.config as _config
	r.response == {"uid": "705ab4f5-6393-11e8-b7cc-42010a800002", "allowed": true}
}

test_not_an_admission_review if {
	r := system.main with input as {"kind": "Pod"} with data.kubeward.config as _config
	r.response.allowed == false
	r.response.status.code == 400
}
