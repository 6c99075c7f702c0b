package kubeward.detections.interactive.pod_port_forward_test

import data.kubeward.detections.interactive.pod_port_forward

test_forward_postgres if {
	r := pod_port_forward.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "96abf4ae-f738-459d-aaa0-438c31f1c405", "stage": "ResponseStarted", "requestURI": "/api/v1/namespaces/db/pods/postgres-0/portforward?ports=5432", "verb": "create", "user": {"username": "mallory@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "pods", "namespace": "db", "name": "postgres-0", "apiVersion": "v1", "subresource": "portforward"}, "responseStatus": {"metadata": {}, "code": 101}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == {{"details": {"pod": "db/postgres-0", "user": "mallory@example.com"}, "msg": "user \"mallory@example.com\" forwarded port 5432 of pod db/postgres-0"}}
}

test_forward_spdy_no_ports if {
	r := pod_port_forward.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "85ebe5b1-17ba-408a-a43e-892e33999149", "stage": "ResponseStarted", "requestURI": "/api/v1/namespaces/shop/pods/web-0/portforward", "verb": "create", "user": {"username": "alice@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "pods", "namespace": "shop", "name": "web-0", "apiVersion": "v1", "subresource": "portforward"}, "responseStatus": {"metadata": {}, "code": 101}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == {{"details": {"pod": "shop/web-0", "user": "alice@example.com"}, "msg": "user \"alice@example.com\" forwarded a port of pod shop/web-0"}}
}

test_forward_forbidden if {
	r := pod_port_forward.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "54c5ade9-d3c8-493f-a1d2-5ed2b64557a7", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/db/pods/postgres-0/portforward?ports=5432", "verb": "create", "user": {"username": "mallory@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "pods", "namespace": "db", "name": "postgres-0", "apiVersion": "v1", "subresource": "portforward"}, "responseStatus": {"metadata": {}, "status": "Failure", "message": "pods is forbidden", "reason": "Forbidden", "code": 403}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "forbid", "authorization.k8s.io/reason": ""}}
	r == set()
}
