package kubeward.rules.rbac.binding_to_all_authenticated_test

import data.kubeward.rules.rbac.binding_to_all_authenticated as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.rbac_fixtures as rfx

_crb := rfx.cluster_role_binding("open", "view", [rfx.user("alice"), {"kind": "Group", "name": "system:authenticated"}])

test_denied if {
	v := rule.violation with input as rfx.review(_crb)
	v == {fx.finding(`ClusterRoleBinding "open" binds ClusterRole "view" to Group "system:authenticated": every user and service account of the cluster gets its permissions`, "subjects[1]")}
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

test_builtin_public_role_allowed if {
	v := rule.violation with input as rfx.review(rfx.cluster_role_binding("public", "system:discovery", [{"kind": "Group", "name": "system:authenticated"}]))
	v == set()
}
