package kubeward.detections.rbac_changes.system_clusterrole_modified_test

import data.kubeward.detections.rbac_changes.system_clusterrole_modified

test_patch_system_node if {
	r := system_clusterrole_modified.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Request", "auditID": "704023ea-8540-465c-a7aa-b421b6628347", "stage": "ResponseComplete", "requestURI": "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/system:node-proxier", "verb": "patch", "user": {"username": "mallory@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "clusterrolebindings", "name": "system:node-proxier", "apiGroup": "rbac.authorization.k8s.io", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestObject": {"subjects": [{"kind": "User", "name": "mallory@example.com"}]}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == {{"details": {"user": "mallory@example.com"}, "msg": "user \"mallory@example.com\" patched ClusterRoleBinding \"system:node-proxier\""}}
}

test_delete_role if {
	r := system_clusterrole_modified.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "b49230ea-1f70-4e81-a32a-a95b4339be95", "stage": "ResponseComplete", "requestURI": "/apis/rbac.authorization.k8s.io/v1/clusterroles/system:aggregate-to-view", "verb": "delete", "user": {"username": "alice@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "clusterroles", "name": "system:aggregate-to-view", "apiGroup": "rbac.authorization.k8s.io", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == {{"details": {"user": "alice@example.com"}, "msg": "user \"alice@example.com\" deleted ClusterRole \"system:aggregate-to-view\""}}
}

test_apiserver_reconciles if {
	r := system_clusterrole_modified.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "c193de45-dc0e-4d6c-adf8-652c26ceb737", "stage": "ResponseComplete", "requestURI": "/apis/rbac.authorization.k8s.io/v1/clusterroles/system:discovery", "verb": "update", "user": {"username": "system:apiserver", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "clusterroles", "name": "system:discovery", "apiGroup": "rbac.authorization.k8s.io", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": ""}}
	r == set()
}

test_user_role if {
	r := system_clusterrole_modified.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "dc960ef7-0f83-48da-a691-c4fa5534793c", "stage": "ResponseComplete", "requestURI": "/apis/rbac.authorization.k8s.io/v1/clusterroles/shop-admin", "verb": "update", "user": {"username": "alice@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "clusterroles", "name": "shop-admin", "apiGroup": "rbac.authorization.k8s.io", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == set()
}
