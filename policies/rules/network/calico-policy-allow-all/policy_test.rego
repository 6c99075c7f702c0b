package kubeward.rules.network.calico_policy_allow_all_test

import data.kubeward.rules.network.calico_policy_allow_all as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.mesh as mx

_judge(p, others) := v if {
	v := rule.violation with input as mx.review(p) with data.inventory as mx.inv(array.concat([p], others)) with data.kubeward.selectors.calico as mx.selectors
}

test_allow_without_criteria_and_any_net_denied if {
	p := mx.calico_np("shop", "web", {
		"selector": "app == 'web'",
		"types": ["Ingress", "Egress"],
		"ingress": [{"action": "Allow", "destination": {"ports": [8080, "http"]}}, {"action": "Allow", "source": {"nets": ["10.0.0.0/8", "0.0.0.0/0"]}}],
		"egress": [{"action": "Allow"}, {"action": "Allow", "destination": {"selector": "role == 'db'"}}],
	})
	_judge(p, []) == {
		fx.finding(`Calico NetworkPolicy "web" ingress rule 0 allows ingress from any source on ports 8080, http`, "spec.ingress[0]"),
		fx.finding(`Calico NetworkPolicy "web" ingress rule 1 allows ingress from every address (0.0.0.0/0)`, "spec.ingress[1].source.nets[1]"),
		fx.finding(`Calico NetworkPolicy "web" egress rule 0 allows egress to any destination on every port`, "spec.egress[0]"),
	}
}

test_types_limit_what_is_judged if {
	# Egress rules of a policy whose types are Ingress only are never applied.
	p := mx.gnp("ingress-only", {"types": ["Ingress"], "ingress": [{"action": "Deny"}], "egress": [{"action": "Allow"}]})
	_judge(p, []) == set()
	q := {"apiVersion": "crd.projectcalico.org/v1", "kind": "GlobalNetworkPolicy", "metadata": {"name": "v1"}, "spec": {"egress": [{"action": "Allow", "destination": {"nets": ["::/0"]}}]}}
	_judge(q, []) == {fx.finding(`Calico GlobalNetworkPolicy "v1" egress rule 0 allows egress to every address (::/0)`, "spec.egress[0].destination.nets[0]")}
}

test_lower_order_allow_overriding_deny_denied if {
	allow := mx.gnp("allow-all", {"order": 10, "selector": "app == 'web'", "ingress": [{"action": "Allow"}]})
	deny := mx.gnp("deny", {"order": 100, "selector": "app == 'web'", "ingress": [{"action": "Deny", "source": {"nets": ["0.0.0.0/0"]}}]})
	unordered := mx.gnp("deny-last", {"selector": "app == 'web'", "ingress": [{"action": "Deny"}]})
	_judge(allow, [deny, unordered]) == {
		fx.finding(`Calico GlobalNetworkPolicy "allow-all" ingress rule 0 allows ingress from any source on every port`, "spec.ingress[0]"),
		fx.finding(`Calico GlobalNetworkPolicy "allow-all" ingress rule 0 allows everything at order 10, before GlobalNetworkPolicy "deny" (order 100) denies ingress traffic for the same selector with a Deny rule: the Deny never applies`, "spec.ingress[0]"),
		fx.finding(`Calico GlobalNetworkPolicy "allow-all" ingress rule 0 allows everything at order 10, before GlobalNetworkPolicy "deny-last" (order none: evaluated last) denies ingress traffic for the same selector with a Deny rule: the Deny never applies`, "spec.ingress[0]"),
	}

	# Evaluated after the Deny, or for another selection: no override.
	late := mx.gnp("allow-late", {"order": 200, "selector": "app == 'web'", "ingress": [{"action": "Allow", "source": {"selector": "role == 'db'"}}]})
	_judge(late, [deny]) == set()
	other := mx.calico_np("shop", "allow", {"order": 1, "selector": "role == 'db'", "ingress": [{"action": "Allow", "protocol": "TCP", "source": {"selector": "app == 'web'"}}]})
	_judge(other, [mx.calico_np("shop", "deny", {"order": 5, "selector": "app == 'web'", "ingress": [{"action": "Deny"}]})]) == set()
	ns_allow := mx.calico_np("shop", "allow", {"order": 1, "ingress": [{"action": "Allow"}]})
	count(_judge(ns_allow, [mx.calico_np("shop", "deny", {"order": 5, "ingress": [{"action": "Deny"}]})])) == 2
	default_deny := mx.calico_np("shop", "default-deny", {"order": 1000, "types": ["Ingress", "Egress"]})
	_judge(ns_allow, [default_deny]) == {
		fx.finding(`Calico NetworkPolicy "allow" ingress rule 0 allows ingress from any source on every port`, "spec.ingress[0]"),
		fx.finding(`Calico NetworkPolicy "allow" ingress rule 0 allows everything at order 1, before NetworkPolicy "default-deny" (order 1000) denies ingress traffic for the same selector by default (no rules): the Deny never applies`, "spec.ingress[0]"),
	}
}

test_kubernetes_network_policy_skipped if {
	np := {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": "k", "namespace": "shop"}, "spec": {"ingress": [{"action": "Allow"}]}}
	_judge(np, []) == set()
}
