package kubeward.rules.network.istio_authorization_policy_allow_all_test

import data.kubeward.rules.network.istio_authorization_policy_allow_all as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.network as nx

_ap(spec) := {"apiVersion": "security.istio.io/v1", "kind": "AuthorizationPolicy", "metadata": {"name": "web", "namespace": "shop"}, "spec": spec}

_judge(obj) := v if {
	v := rule.violation with input as nx.review(obj)
}

test_empty_rule_denied if {
	_judge(_ap({"rules": [{}]})) == {fx.finding(`AuthorizationPolicy "web" (ALLOW) rule 0 is empty: it allows every request, authenticated or not, to every workload in namespace "shop"`, "spec.rules[0]")}
	_judge(_ap({"action": "ALLOW", "selector": {"matchLabels": {"app": "web"}}, "rules": [{"from": [{"source": {"principals": ["cluster.local/ns/shop/sa/gw"]}}]}, {"from": [], "to": []}]})) == {fx.finding(`AuthorizationPolicy "web" (ALLOW) rule 1 is empty: it allows every request, authenticated or not, to the workloads it selects in namespace "shop"`, "spec.rules[1]")}
}

test_wildcard_principals_denied if {
	v := _judge(_ap({"rules": [{"from": [{"source": {"principals": ["*"]}}]}, {"from": [{"source": {"namespaces": ["*"]}}], "to": [{"operation": {"methods": ["GET"]}}]}]}))
	v == {fx.finding(`AuthorizationPolicy "web" (ALLOW) rule 0 allows principals: ["*"] with no other condition: every authenticated peer of the mesh may call every workload in namespace "shop"`, "spec.rules[0].from[0].source.principals")}
}

test_custom_without_provider_denied if {
	_judge(_ap({"action": "CUSTOM", "rules": [{}]})) == {fx.finding(`AuthorizationPolicy "web" has action CUSTOM without provider.name: istiod rejects it, so it is not evaluated`, "spec.action")}
}

test_deny_audit_custom_and_narrow_allowed if {
	_judge(_ap({})) == set()
	_judge(_ap({"action": "DENY", "rules": [{}]})) == set()
	_judge(_ap({"action": "AUDIT", "rules": [{"from": [{"source": {"principals": ["*"]}}]}]})) == set()
	_judge(_ap({"action": "CUSTOM", "provider": {"name": "ext-authz"}, "rules": [{}]})) == set()
	_judge(_ap({"rules": [{"from": [{"source": {"principals": ["*"], "ipBlocks": ["10.0.0.0/8"]}}]}]})) == set()
	_judge(_ap({"rules": [{"from": [{"source": {"principals": ["cluster.local/ns/shop/sa/gw"]}}], "to": [{"operation": {"paths": ["/api/*"]}}]}]})) == set()
}
