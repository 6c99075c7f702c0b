package kubeward.detections.access.node_proxy_access_test

import data.kubeward.detections.access.node_proxy_access

test_kubelet_run if {
	r := node_proxy_access.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "8c7c5616-e3ec-46f7-a12d-e21900d932f0", "stage": "ResponseComplete", "requestURI": "/api/v1/nodes/worker-2/proxy/run/payments/api-7d9f/api?cmd=id", "verb": "create", "user": {"username": "system:serviceaccount:monitoring:grafana-agent", "groups": ["system:serviceaccounts", "system:serviceaccounts:monitoring", "system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "nodes", "name": "worker-2", "apiVersion": "v1", "subresource": "proxy"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": ""}}
	r == {{"details": {"node": "worker-2", "requestURI": "/api/v1/nodes/worker-2/proxy/run/payments/api-7d9f/api?cmd=id", "user": "system:serviceaccount:monitoring:grafana-agent"}, "msg": "user \"system:serviceaccount:monitoring:grafana-agent\" reached the kubelet API of node \"worker-2\" through the API server proxy (create /api/v1/nodes/worker-2/proxy/run/payments/api-7d9f/api?cmd=id)"}}
}

test_allowed_scraper if {
	r := node_proxy_access.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "5933569d-cec9-41da-a339-def398617615", "stage": "ResponseComplete", "requestURI": "/api/v1/nodes/worker-1/proxy/metrics/cadvisor", "verb": "get", "user": {"username": "system:serviceaccount:monitoring:prometheus", "groups": ["system:serviceaccounts", "system:serviceaccounts:monitoring", "system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "Prometheus/2.53.0", "objectRef": {"resource": "nodes", "name": "worker-1", "apiVersion": "v1", "subresource": "proxy"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": ""}} with data.kubeward.config.detections as {"node-proxy-access": {"package": ["access", "node_proxy_access"], "parameters": {"allowedUsers": ["system:serviceaccount:monitoring:prometheus"]}}}
	r == set()
}

test_node_get if {
	r := node_proxy_access.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "a3140fb0-9172-4ac2-a4eb-7ba33a4891ca", "stage": "ResponseComplete", "requestURI": "/api/v1/nodes/worker-1", "verb": "get", "user": {"username": "alice@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "nodes", "name": "worker-1", "apiVersion": "v1"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"platform-admins\" of ClusterRole \"admin\" to Group \"platform-team\""}}
	r == set()
}

test_proxy_forbidden if {
	r := node_proxy_access.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "58b47616-2e92-41fc-ada2-68d9a67c77bf", "stage": "ResponseComplete", "requestURI": "/api/v1/nodes/worker-1/proxy/pods", "verb": "get", "user": {"username": "mallory@example.com", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "nodes", "name": "worker-1", "apiVersion": "v1", "subresource": "proxy"}, "responseStatus": {"metadata": {}, "status": "Failure", "message": "nodes is forbidden", "reason": "Forbidden", "code": 403}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "forbid", "authorization.k8s.io/reason": ""}}
	r == set()
}

test_apiserver_itself if {
	r := node_proxy_access.alert with input as {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": "a505bfa6-ad57-4254-a9f9-4d24a260867d", "stage": "ResponseComplete", "requestURI": "/api/v1/nodes/worker-1/proxy/healthz", "verb": "get", "user": {"username": "system:apiserver", "groups": ["system:authenticated"]}, "sourceIPs": ["10.0.12.34"], "userAgent": "kubectl/v1.34.2 (linux/amd64) kubernetes/7f3e2b1", "objectRef": {"resource": "nodes", "name": "worker-1", "apiVersion": "v1", "subresource": "proxy"}, "responseStatus": {"metadata": {}, "code": 200}, "requestReceivedTimestamp": "2026-11-28T10:15:02.483512Z", "stageTimestamp": "2026-11-28T10:15:02.487723Z", "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": ""}}
	r == set()
}
