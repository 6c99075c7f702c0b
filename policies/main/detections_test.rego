package kubeward.audit_test

import data.kubeward.audit

_config := {
	"pod-exec": {"package": ["interactive", "pod_exec"], "parameters": {"allowedUsers": []}},
	"unauthorized-request-burst": {"package": ["access", "unauthorized_request_burst"]},
}

_exec := {
	"apiVersion": "audit.k8s.io/v1",
	"kind": "Event",
	"stage": "ResponseStarted",
	"verb": "create",
	"requestURI": "/api/v1/namespaces/shop/pods/web/exec?command=sh&container=web",
	"user": {"username": "alice@example.com"},
	"objectRef": {"resource": "pods", "subresource": "exec", "namespace": "shop", "name": "web"},
	"responseStatus": {"code": 101},
}

test_alerts_tagged_with_detection_id if {
	a := audit.alerts with input as _exec with data.kubeward.config.detections as _config
	a == {{
		"rule": "pod-exec",
		"msg": `user "alice@example.com" executed "sh" in container "web" of pod shop/web`,
		"details": {"user": "alice@example.com", "pod": "shop/web", "command": "sh"},
	}}
	s := audit.signals with input as _exec with data.kubeward.config.detections as _config
	s == set()
}

test_detection_sees_its_parameters if {
	conf := {"pod-exec": {"package": ["interactive", "pod_exec"], "parameters": {"allowedUsers": ["alice@example.com"]}}}
	a := audit.alerts with input as _exec with data.kubeward.config.detections as conf
	a == set()
}

test_signals_tagged_with_detection_id if {
	refused := object.union(_exec, {"stage": "ResponseComplete", "responseStatus": {"code": 403}})
	s := audit.signals with input as refused with data.kubeward.config.detections as _config
	s == {{"rule": "unauthorized-request-burst", "kind": "unauthorized", "user": "alice@example.com", "code": 403}}
	a := audit.alerts with input as refused with data.kubeward.config.detections as _config
	a == set()
}
