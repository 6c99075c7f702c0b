package kubeward.detections.interactive.pod_attach_test

import data.kubeward.detections.interactive.pod_attach

test_attach_stdin if {
	r := pod_attach.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "e22e7b6e-7a20-48da-ab87-4bcaf083db64", "stage": "ResponseStarted", "requestURI": "/api/v1/namespaces/tools/pods/debug-shell/attach?container=shell&stdin=true&stdout=true&tty=true", "verb": "create", "user": {"username": "mallory@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "pods", "namespace": "tools", "name": "debug-shell", "apiVersion": "v1", "subresource": "attach"}, "responseStatus": {"metadata": {}, "code": 101}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == {{"details": {"pod": "tools/debug-shell", "user": "mallory@example.com"}, "msg": "user \"mallory@example.com\" attached to container \"shell\" of pod tools/debug-shell with stdin"}}
}

test_attach_readonly if {
	r := pod_attach.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "e62e9395-1e0c-471c-aa63-fbb62b9c2e21", "stage": "ResponseStarted", "requestURI": "/api/v1/namespaces/shop/pods/worker/attach?stdout=true", "verb": "create", "user": {"username": "alice@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "pods", "namespace": "shop", "name": "worker", "apiVersion": "v1", "subresource": "attach"}, "responseStatus": {"metadata": {}, "code": 101}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == {{"details": {"pod": "shop/worker", "user": "alice@example.com"}, "msg": "user \"alice@example.com\" attached to pod shop/worker"}}
}

test_attach_forbidden if {
	r := pod_attach.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "f3cc572b-bc3f-4a09-a11e-ffd851e0f862", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/shop/pods/worker/attach?stdout=true", "verb": "create", "user": {"username": "mallory@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "pods", "namespace": "shop", "name": "worker", "apiVersion": "v1", "subresource": "attach"}, "responseStatus": {"metadata": {}, "status": "Failure", "message": "pods is forbidden", "reason": "Forbidden", "code": 403}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "forbid", "authorization.k8s.io/reason": ""}}
	r == set()
}
