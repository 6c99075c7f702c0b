package kubeward.lib.rbac_test

import data.kubeward.lib.rbac
import data.kubeward.test.fixtures as fx
import data.kubeward.test.rbac_fixtures as rfx

test_subresource_wildcard_matches if {
	rbac.rule_grants({"apiGroups": [""], "resources": ["*/exec"], "verbs": ["create"]}, "pods-exec") == {"verbs": ["create"], "resources": ["*/exec"]}
	not rbac.rule_grants({"apiGroups": [""], "resources": ["*/log"], "verbs": ["create"]}, "pods-exec")
}

test_userextras_impersonation if {
	g := rbac.rule_grants({"apiGroups": ["authentication.k8s.io"], "resources": ["userextras/scopes"], "verbs": ["impersonate"]}, "impersonate")
	g == {"verbs": ["impersonate"], "resources": ["userextras/scopes"]}
}

test_resource_names_restrict if {
	not rbac.rule_grants({"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["tls"], "verbs": ["get"]}, "secrets-read")
	rbac.rule_grants({"apiGroups": [""], "resources": ["secrets"], "resourceNames": null, "verbs": ["get"]}, "secrets-read")
}

test_wrong_group_does_not_match if {
	not rbac.rule_grants({"apiGroups": ["apps"], "resources": ["secrets"], "verbs": ["get"]}, "secrets-read")
}

test_builtin_roles if {
	rbac.builtin_role("edit")
	rbac.builtin_role("system:node")
	rbac.builtin_role("extension-apiserver-authentication-reader")
	not rbac.builtin_role("secret-reader")
}

test_builtin_edit_resolves_by_name if {
	rb := rfx.role_binding("shop", "devs", "ClusterRole", "edit", [rfx.group("devs")])
	r := rbac.resolve(rb, "shop") with data.inventory as {}
	r.found
	count(rbac.role_grants(r.role, "pods-exec")) == 2
}

test_deprecated_service_account_field if {
	rbac.service_account_path == "spec.serviceAccount" with input as fx.pod({"serviceAccount": "legacy", "containers": []})
	rbac.pod_service_account({"serviceAccount": "legacy"}) == "legacy"
}
