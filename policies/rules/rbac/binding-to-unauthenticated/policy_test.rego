package kubeward.rules.rbac.binding_to_unauthenticated_test

import data.kubeward.rules.rbac.binding_to_unauthenticated as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.rbac_fixtures as rfx

_crb := rfx.cluster_role_binding("open", "view", [rfx.user("alice"), {"kind": "Group", "name": "system:unauthenticated"}])

test_denied if {
	v := rule.violation with input as rfx.review(_crb)
	v == {fx.finding(`ClusterRoleBinding "open" binds ClusterRole "view" to Group "system:unauthenticated": every unauthenticated request gets its permissions`, "subjects[1]")}
}

test_other_subjects_allowed if {
	v := rule.violation with input as rfx.review(rfx.role_binding("shop", "ok", "Role", "view", [rfx.user("alice"), rfx.group("ops")]))
	v == set()
}

test_bootstrap_not_reported if {
	crb := object.union(_crb, {"metadata": {"labels": {"kubernetes.io/bootstrapping": "rbac-defaults"}}})
	v := rule.violation with input as rfx.review(crb)
	v == set()
}

test_anonymous_user_denied if {
	rb := rfx.role_binding("shop", "anon", "Role", "status-reader", [rfx.user("system:anonymous")])
	v := rule.violation with input as rfx.review(rb)
	v == {fx.finding(`RoleBinding "anon" binds Role "status-reader" to User "system:anonymous": every unauthenticated request gets its permissions`, "subjects[0]")}
}

test_builtin_public_role_allowed if {
	v := rule.violation with input as rfx.review(rfx.cluster_role_binding("public", "system:public-info-viewer", [{"kind": "Group", "name": "system:unauthenticated"}]))
	v == set()
}
