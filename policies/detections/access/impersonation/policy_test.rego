package kubeward.detections.access.impersonation_test

import data.kubeward.detections.access.impersonation

test_as_system_masters if {
	r := impersonation.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "88690c7b-e6db-4ee2-ab5d-cc5982f79363", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/kube-system/secrets", "verb": "list", "user": {"username": "alice@example.com", "groups": ["system:authenticated"]}, "impersonatedUser": {"username": "system:admin", "groups": ["system:masters", "system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "secrets", "namespace": "kube-system", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == {{"details": {"impersonatedUser": "system:admin", "user": "alice@example.com"}, "msg": "user \"alice@example.com\" acted as \"system:admin\" (groups system:authenticated, system:masters): list secrets in namespace kube-system"}}
}

test_as_user_without_groups if {
	r := impersonation.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "8bbdb7df-18b6-4d5b-adcc-49c3e0fe4d02", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/default/pods/web", "verb": "get", "user": {"username": "mallory@example.com", "groups": ["system:authenticated"]}, "impersonatedUser": {"username": "bob@example.com"}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "pods", "namespace": "default", "name": "web", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == {{"details": {"impersonatedUser": "bob@example.com", "user": "mallory@example.com"}, "msg": "user \"mallory@example.com\" acted as \"bob@example.com\": get pods default/web"}}
}

test_allowed_proxy if {
	r := impersonation.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "18320120-2870-4cb5-ab8e-6bac3c03a7b1", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/shop/pods", "verb": "list", "user": {"username": "system:serviceaccount:auth:kube-oidc-proxy", "groups": ["system:serviceaccounts", "system:serviceaccounts:auth", "system:authenticated"]}, "impersonatedUser": {"username": "carol@example.com", "groups": ["developers"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "pods", "namespace": "shop", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": ""}} with data.kubeward.config.detections as {"impersonation": {"package": ["access", "impersonation"], "parameters": {"allowedUsers": ["system:serviceaccount:auth:kube-oidc-proxy"]}}}
	r == set()
}

test_no_impersonation if {
	r := impersonation.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "54738c43-2833-404a-a378-76468485f0a3", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/default/pods", "verb": "list", "user": {"username": "alice@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "pods", "namespace": "default", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == set()
}

test_impersonation_refused if {
	r := impersonation.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "bfa4070c-bf90-465a-ad35-15cad7b5535b", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/default/secrets", "verb": "list", "user": {"username": "mallory@example.com", "groups": ["system:authenticated"]}, "impersonatedUser": {"username": "system:admin"}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "secrets", "namespace": "default", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "status": "Failure", "message": "secrets is forbidden", "reason": "Forbidden", "code": 403}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "forbid", "authorization.k8s.io/reason": ""}}
	r == set()
}
