package kubeward.rules.rbac.binding_to_system_masters_test

import data.kubeward.rules.rbac.binding_to_system_masters as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.rbac_fixtures as rfx

_crb := rfx.cluster_role_binding("open", "view", [rfx.user("alice"), {"kind": "Group", "name": "system:masters"}])

test_denied if {
	v := rule.violation with input as rfx.review(_crb)
	v == {fx.finding(`ClusterRoleBinding "open" binds ClusterRole "view" to Group "system:masters": members of system:masters bypass RBAC whatever the role grants`, "subjects[1]")}
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
