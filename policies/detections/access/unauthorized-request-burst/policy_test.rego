package kubeward.detections.access.unauthorized_request_burst_test

import data.kubeward.detections.access.unauthorized_request_burst

test_forbidden_list if {
	r := unauthorized_request_burst.signal with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "0afa2297-d3df-4806-a18b-7ab164d5125e", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/kube-system/secrets", "verb": "list", "user": {"username": "system:serviceaccount:shop:web", "groups": ["system:serviceaccounts", "system:serviceaccounts:shop", "system:authenticated"]}, "sourceIPs": ["10.244.1.17"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "secrets", "namespace": "kube-system", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "status": "Failure", "message": "secrets is forbidden", "reason": "Forbidden", "code": 403}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "forbid", "authorization.k8s.io/reason": ""}}
	r == {{"code": 403, "kind": "unauthorized", "user": "system:serviceaccount:shop:web"}}
}

test_unauthenticated_401 if {
	r := unauthorized_request_burst.signal with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "1a533ec3-c02d-4846-a51e-e04cf5c445c7", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces", "verb": "get", "user": {}, "sourceIPs": ["198.51.100.23"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "responseStatus": {"metadata": {}, "status": "Failure", "message": "request is forbidden", "reason": "Unauthorized", "code": 401}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "forbid", "authorization.k8s.io/reason": ""}}
	r == {{"code": 401, "kind": "unauthorized", "user": "(unauthenticated) 198.51.100.23"}}
}

test_few_forbidden if {
	r := unauthorized_request_burst.signal with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "8775493a-e480-4961-a1e2-9504e79110c7", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/shop/secrets/db", "verb": "get", "user": {"username": "alice@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "secrets", "namespace": "shop", "name": "db", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "status": "Failure", "message": "secrets is forbidden", "reason": "Forbidden", "code": 403}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "forbid", "authorization.k8s.io/reason": ""}}
	r == {{"code": 403, "kind": "unauthorized", "user": "alice@example.com"}}
}

test_success if {
	r := unauthorized_request_burst.signal with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "706bdb79-e167-43c2-a76d-cf103960e57e", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/shop/pods", "verb": "get", "user": {"username": "alice@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "pods", "namespace": "shop", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == set()
}
