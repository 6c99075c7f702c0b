package kubeward.detections.secret_access.secret_read_by_user_test

import data.kubeward.detections.secret_access.secret_read_by_user

test_get_db_secret if {
	r := secret_read_by_user.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "3418aac2-5875-4f0d-a0d7-506191d22828", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/payments/secrets/postgres-credentials", "verb": "get", "user": {"username": "mallory@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "secrets", "namespace": "payments", "name": "postgres-credentials", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == {{"details": {"user": "mallory@example.com"}, "msg": "user \"mallory@example.com\" read secret payments/postgres-credentials"}}
}

test_list_namespace if {
	r := secret_read_by_user.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "0f3622cc-ebfe-4f87-a044-9e48507c87b5", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/shop/secrets", "verb": "list", "user": {"username": "alice@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "secrets", "namespace": "shop", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == {{"details": {"user": "alice@example.com"}, "msg": "user \"alice@example.com\" listed the secrets of namespace shop"}}
}

test_list_all if {
	r := secret_read_by_user.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "e2b5d1f7-8d4b-4ba1-aa10-0b71281e6403", "stage": "ResponseComplete", "requestURI": "/api/v1/secrets?limit=500", "verb": "list", "user": {"username": "mallory@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "secrets", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == {{"details": {"user": "mallory@example.com"}, "msg": "user \"mallory@example.com\" listed the secrets of every namespace"}}
}

test_controller_watch if {
	r := secret_read_by_user.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "d1350ecf-d0ae-4cb2-ac17-98f9067aa181", "stage": "ResponseComplete", "requestURI": "/api/v1/secrets?allowWatchBookmarks=true&watch=true", "verb": "watch", "user": {"username": "system:serviceaccount:cert-manager:cert-manager", "groups": ["system:serviceaccounts", "system:serviceaccounts:cert-manager", "system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "secrets", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": ""}}
	r == set()
}

test_allowed_person if {
	r := secret_read_by_user.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "aa0beea8-2e5b-4048-a706-9d0936664051", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/shop/secrets/tls", "verb": "get", "user": {"username": "alice@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "secrets", "namespace": "shop", "name": "tls", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}} with data.kubeward.config.detections as {"secret-read-by-user": {"package": ["secret_access", "secret_read_by_user"], "parameters": {"allowedUsers": ["alice@example.com"]}}}
	r == set()
}

test_forbidden if {
	r := secret_read_by_user.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "f1f42eb4-159c-4689-aa39-27ecaac39d69", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/kube-system/secrets/bootstrap-token-abcdef", "verb": "get", "user": {"username": "mallory@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "secrets", "namespace": "kube-system", "name": "bootstrap-token-abcdef", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "status": "Failure", "message": "secrets is forbidden", "reason": "Forbidden", "code": 403}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "forbid", "authorization.k8s.io/reason": ""}}
	r == set()
}
