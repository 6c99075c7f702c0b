package kubeward.detections.access.anonymous_request_allowed_test

import data.kubeward.detections.access.anonymous_request_allowed

test_anonymous_lists_secrets if {
	r := anonymous_request_allowed.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "b0fa1202-495e-4874-a3bf-413ceac9feb6", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/default/secrets", "verb": "list", "user": {"username": "system:anonymous", "groups": ["system:unauthenticated"]}, "sourceIPs": ["203.0.113.7"], "userAgent": "curl/8.5.0", "objectRef": {"resource": "secrets", "namespace": "default", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": ""}}
	r == {{"details": {"requestURI": "/api/v1/namespaces/default/secrets", "user": "system:anonymous"}, "msg": "anonymous request list /api/v1/namespaces/default/secrets was allowed (HTTP 200)"}}
}

test_unauthenticated_group_reads_configmap if {
	r := anonymous_request_allowed.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "de517fe4-64d1-44f6-a11c-160516e3c609", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/kube-system/configmaps/kubeadm-config", "verb": "get", "user": {"username": "system:anonymous-proxy", "groups": ["system:unauthenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "configmaps", "namespace": "kube-system", "name": "kubeadm-config", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": ""}}
	r == {{"details": {"requestURI": "/api/v1/namespaces/kube-system/configmaps/kubeadm-config", "user": "system:anonymous-proxy"}, "msg": "anonymous request get /api/v1/namespaces/kube-system/configmaps/kubeadm-config was allowed (HTTP 200)"}}
}

test_anonymous_healthz if {
	r := anonymous_request_allowed.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "6f1f1f64-cfd7-42a9-a62d-292ab98ec4a9", "stage": "ResponseComplete", "requestURI": "/readyz?verbose", "verb": "get", "user": {"username": "system:anonymous", "groups": ["system:unauthenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kube-probe/1.34", "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": ""}}
	r == set()
}

test_anonymous_forbidden if {
	r := anonymous_request_allowed.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "d5d27f44-6dce-4e99-a29c-9da36d1a1cf2", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/default/pods", "verb": "list", "user": {"username": "system:anonymous", "groups": ["system:unauthenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "pods", "namespace": "default", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "status": "Failure", "message": "pods is forbidden", "reason": "Forbidden", "code": 403}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "forbid", "authorization.k8s.io/reason": ""}}
	r == set()
}

test_authenticated_user if {
	r := anonymous_request_allowed.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "4dfd2d4a-3871-4122-a0ff-1fd1348a8dc7", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/default/pods", "verb": "list", "user": {"username": "alice@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "pods", "namespace": "default", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == set()
}
