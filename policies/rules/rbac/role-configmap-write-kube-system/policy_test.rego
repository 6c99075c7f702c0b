package kubeward.rules.rbac.role_configmap_write_kube_system_test

import data.kubeward.rules.rbac.role_configmap_write_kube_system as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.rbac_fixtures as rfx

_write := {"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get", "update", "patch"]}

test_kube_system_denied if {
	v := rule.violation with input as rfx.review(rfx.role("kube-system", "dns-editor", [_write]))
	v == {fx.finding(`Role "dns-editor" lets its subjects write ConfigMaps: rules[0] (patch, update on configmaps)`, "rules[0]")}
}

test_other_namespace_allowed if {
	v := rule.violation with input as rfx.review(rfx.role("shop", "cfg", [_write]))
	v == set()
}

test_named_configmap_allowed if {
	named := object.union(_write, {"resourceNames": ["coredns-custom"]})
	v := rule.violation with input as rfx.review(rfx.role("kube-system", "dns-editor", [named]))
	v == set()
}
