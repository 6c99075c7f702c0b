package kubeward.rules.cis.audit_policy_coverage_test

import data.kubeward.rules.cis.audit_policy_coverage as rule
import data.kubeward.test.cis_fixtures as cfx

_policy(rules) := cfx.config("Policy", {"rules": rules})

_good := [
	{"level": "None", "users": ["system:kube-proxy"], "verbs": ["watch"], "resources": [{"group": "", "resources": ["secrets"]}]},
	{"level": "None", "namespaces": ["kube-system"]},
	{"level": "None", "nonResourceURLs": ["/healthz*"]},
	{"level": "None", "resources": [{"group": "", "resources": ["secrets"], "resourceNames": ["noisy"]}]},
	{"level": "Metadata", "userGroups": ["system:authenticated"], "resources": [
		{"group": "", "resources": ["secrets", "serviceaccounts/token"]},
		{"group": "authentication.k8s.io"},
	]},
	{"level": "RequestResponse", "verbs": ["create", "update", "patch", "delete"], "resources": [{"group": "", "resources": ["pods"]}]},
	{"level": "Request", "resources": [{"group": "", "resources": ["*/exec", "pods/*"]}]},
	{"level": "Metadata", "resources": [{"group": "rbac.authorization.k8s.io", "resources": ["*"]}]},
]

test_good_policy_allowed if {
	v := rule.violation with input as _policy(_good)
	v == set()
}

test_catch_all_metadata_allowed if {
	v := rule.violation with input as _policy([{"level": "Metadata"}])
	v == set()
}

test_empty_policy_denied if {
	v := rule.violation with input as _policy([])
	v == {
		cfx.finding("audit policy records get, list, watch, create, update, patch, delete of secrets at level None (no rule matches): these requests leave no audit trail", "rules"),
		cfx.finding("audit policy records create of tokenreviews at level None (no rule matches): these requests leave no audit trail", "rules"),
		cfx.finding("audit policy records create of serviceaccounts/token at level None (no rule matches): these requests leave no audit trail", "rules"),
		cfx.finding("audit policy records create, get of pods/exec at level None (no rule matches): these requests leave no audit trail", "rules"),
		cfx.finding("audit policy records create, get of pods/attach at level None (no rule matches): these requests leave no audit trail", "rules"),
		cfx.finding("audit policy records create, get of pods/portforward at level None (no rule matches): these requests leave no audit trail", "rules"),
		cfx.finding("audit policy records create, update, patch, delete of pods at level None (no rule matches): these requests leave no audit trail", "rules"),
		cfx.finding("audit policy records create, update, patch, delete of rbac.authorization.k8s.io roles at level None (no rule matches): these requests leave no audit trail", "rules"),
		cfx.finding("audit policy records create, update, patch, delete of rbac.authorization.k8s.io clusterroles at level None (no rule matches): these requests leave no audit trail", "rules"),
		cfx.finding("audit policy records create, update, patch, delete of rbac.authorization.k8s.io rolebindings at level None (no rule matches): these requests leave no audit trail", "rules"),
		cfx.finding("audit policy records create, update, patch, delete of rbac.authorization.k8s.io clusterrolebindings at level None (no rule matches): these requests leave no audit trail", "rules"),
	}
}

test_request_response_for_everything_denied if {
	v := rule.violation with input as _policy([{"level": "RequestResponse"}])
	v == {
		cfx.finding("audit policy records get, list, watch, create, update, patch, delete of secrets at level RequestResponse (rules[0]): the audit log would then hold secret values; log them at Metadata", "rules[0]"),
		cfx.finding("audit policy records create of tokenreviews at level RequestResponse (rules[0]): the audit log would then hold secret values; log them at Metadata", "rules[0]"),
		cfx.finding("audit policy records create of serviceaccounts/token at level RequestResponse (rules[0]): the audit log would then hold secret values; log them at Metadata", "rules[0]"),
	}
}

test_first_match_wins_and_verbs_split if {
	v := rule.violation with input as _policy([
		{"level": "None", "verbs": ["watch", "list"], "resources": [{"group": "", "resources": ["secrets"]}]},
		{"level": "None", "resources": [{"group": "", "resources": ["pods/exec"]}]},
		{"level": "Metadata"},
	])
	v == {
		cfx.finding("audit policy records list, watch of secrets at level None (rules[0]): these requests leave no audit trail", "rules[0]"),
		cfx.finding("audit policy records create, get of pods/exec at level None (rules[1]): these requests leave no audit trail", "rules[1]"),
	}
}

test_invalid_level_denied if {
	v := rule.violation with input as _policy([
		{"level": "Metadata", "resources": [{"group": "", "resources": ["secrets", "serviceaccounts/token", "pods/attach", "pods/portforward", "pods"]}, {"group": "authentication.k8s.io"}, {"group": "rbac.authorization.k8s.io"}]},
		{"level": "Verbose", "resources": [{"group": "", "resources": ["pods/exec"]}]},
	])
	v == {cfx.finding("audit policy records create, get of pods/exec at level Verbose (rules[1]): not a valid audit level", "rules[1]")}
}

test_other_policy_kinds_ignored if {
	v := rule.violation with input as {"review": {"kind": {"group": "kyverno.io", "version": "v1", "kind": "Policy"}, "object": {"apiVersion": "kyverno.io/v1", "kind": "Policy", "metadata": {"name": "p"}, "spec": {"rules": []}}}}
	v == set()
}
