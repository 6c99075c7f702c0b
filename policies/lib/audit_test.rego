package kubeward.lib.audit_test

import data.kubeward.lib.audit

_event(over) := object.union(object.remove(_base, {k | some k, _ in over}), over)

_base := {
	"apiVersion": "audit.k8s.io/v1",
	"kind": "Event",
	"stage": "ResponseComplete",
	"verb": "get",
	"requestURI": "/api/v1/namespaces/shop/pods/web",
	"user": {"username": "alice@example.com", "groups": ["system:authenticated"]},
	"objectRef": {"resource": "pods", "namespace": "shop", "name": "web", "apiVersion": "v1"},
	"responseStatus": {"code": 200},
}

test_accessors_default_when_absent if {
	e := {"kind": "Event", "verb": "get", "requestURI": "/version"}
	audit.resource == "" with input as e
	audit.subresource == "" with input as e
	audit.namespace == "" with input as e
	audit.name == "" with input as e
	audit.api_group == "" with input as e
	audit.username == "" with input as e
	audit.code == 0 with input as e
	audit.target == "/version" with input as e
	audit.query_values("command") == [] with input as e
}

test_target_labels if {
	audit.target == "pods shop/web" with input as _event({})
	audit.target == "pods/exec shop/web" with input as _event({"objectRef": {"resource": "pods", "subresource": "exec", "namespace": "shop", "name": "web"}})
	audit.target == "nodes worker-1" with input as _event({"objectRef": {"resource": "nodes", "name": "worker-1"}})
	audit.target == "secrets in namespace shop" with input as _event({"objectRef": {"resource": "secrets", "namespace": "shop"}})
	audit.target == "secrets (all namespaces)" with input as _event({"objectRef": {"resource": "secrets"}})
	audit.api_group == "apps" with input as _event({"objectRef": {"resource": "deployments", "apiGroup": "apps"}})
}

test_outcomes if {
	audit.succeeded with input as _event({})
	audit.succeeded with input as object.remove(_event({}), ["stage"])
	not audit.succeeded with input as _event({"stage": "RequestReceived"})
	not audit.succeeded with input as _event({"responseStatus": {"code": 403}})
	audit.refused with input as _event({"responseStatus": {"code": 403}})
	audit.refused with input as _event({"responseStatus": {"code": 401}})
	not audit.refused with input as _event({"responseStatus": {"code": 404}})
}

test_identities if {
	audit.system_component with input as _event({"user": {"username": "system:node:worker-1"}})
	audit.system_component with input as _event({"user": {"username": "system:kube-scheduler"}})
	audit.system_component with input as _event({"user": {"username": "system:serviceaccount:kube-system:job-controller"}})
	not audit.system_component with input as _event({"user": {"username": "system:serviceaccount:ci:deployer"}})
	audit.system_user with input as _event({"user": {"username": "system:serviceaccount:ci:deployer"}})
	not audit.system_user with input as _event({"user": {"username": "system:anonymous"}})
	not audit.system_user with input as _event({})
}

test_user_label if {
	audit.user_label == `"alice@example.com"` with input as _event({})
	audit.user_label == "(unauthenticated, from 198.51.100.23)" with input as _event({"sourceIPs": ["198.51.100.23"], "user": {}})
}

test_query_values_decoded_in_order if {
	uri := "/api/v1/namespaces/shop/pods/web/exec?command=sh&command=-c&command=echo+a%3Db+%7C+tr+%27a%27+%22b%22%3B+ls+%2Ftmp%2C%24HOME%26%40x%3A%2525&container=web&stdout=true"
	audit.query_values("command") == ["sh", "-c", `echo a=b | tr 'a' "b"; ls /tmp,$HOME&@x:%25`] with input as _event({"requestURI": uri})
	audit.query_values("container") == ["web"] with input as _event({"requestURI": uri})
}

test_review_of_a_created_deployment if {
	body := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"}, "spec": {}}
	e := _event({"verb": "create", "objectRef": {"resource": "deployments", "namespace": "shop", "apiGroup": "apps"}, "requestObject": body})
	r := audit.review with input as e
	r.review.kind == {"group": "apps", "version": "v1", "kind": "Deployment"}
	r.review.operation == "CREATE"
	r.review.object == body
	r.review.userInfo == e.user
	audit.review_summary == "created Deployment shop/web" with input as e
}

test_review_of_core_and_cluster_scoped_objects if {
	body := {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop"}}
	e := _event({"verb": "update", "objectRef": {"resource": "namespaces", "name": "shop"}, "requestObject": body})
	r := audit.review with input as e
	r.review.kind == {"group": "", "version": "v1", "kind": "Namespace"}
	audit.review_summary == "updated Namespace shop" with input as e
}

test_no_review_for_patches_or_bodiless_requests if {
	not audit.review with input as _event({"verb": "patch", "requestObject": {"apiVersion": "v1", "kind": "Pod"}})
	not audit.review with input as _event({"verb": "create"})
	not audit.review with input as _event({"verb": "create", "requestObject": {"metadata": {"labels": {}}}})
}
