package kubeward.detections.secret_access.configmap_credentials_created_test

import data.kubeward.detections.secret_access.configmap_credentials_created

test_aws_key if {
	r := configmap_credentials_created.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "RequestResponse", "auditID": "8caf93da-bbc7-4f03-a8b9-8eab70becb4e", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/shop/configmaps", "verb": "create", "user": {"username": "alice@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "configmaps", "namespace": "shop", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 201}, "requestObject": {"kind": "ConfigMap", "apiVersion": "v1", "metadata": {"name": "exporter-config", "namespace": "shop"}, "data": {"AWS_ACCESS_KEY_ID": "AKIAQ3EGRT5YV7W2KD4H", "REGION": "eu-west-1"}}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == {{"details": {"path": "data.AWS_ACCESS_KEY_ID", "user": "alice@example.com"}, "msg": "user \"alice@example.com\" created ConfigMap \"exporter-config\" key \"AWS_ACCESS_KEY_ID\" contains an AWS access key id (value [REDACTED, 20 chars])"}}
}

test_plain_config if {
	r := configmap_credentials_created.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "RequestResponse", "auditID": "44d4fb00-634b-42b3-af2f-68e1f24bbe83", "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/shop/configmaps", "verb": "create", "user": {"username": "system:serviceaccount:ci:deployer", "groups": ["system:serviceaccounts", "system:serviceaccounts:ci", "system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "configmaps", "namespace": "shop", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 201}, "requestObject": {"kind": "ConfigMap", "apiVersion": "v1", "metadata": {"name": "web-config", "namespace": "shop"}, "data": {"LOG_LEVEL": "info", "FEATURE_FLAGS": "checkout-v2"}}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": ""}}
	r == set()
}
