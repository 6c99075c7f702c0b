package kubeward.rules.network.network_policy_not_evaluated_test

import data.kubeward.rules.network.network_policy_not_evaluated as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.mesh as mx

_judge(p) := v if {
	v := rule.violation with input as mx.review(p) with data.inventory as mx.inv([p]) with data.kubeward.selectors.calico as mx.selectors
}

test_malformed_calico_selector_denied if {
	p := mx.gnp("broken", {"selector": "app = 'web'", "ingress": [{"action": "Allow", "source": {"selector": "all()"}}]})
	_judge(p) == {fx.finding(`Calico GlobalNetworkPolicy "broken": selector "app = 'web'" was not evaluated (unexpected character "=" at column 5); the policy counts as selecting nothing`, "spec.selector")}
	q := mx.calico_np("shop", "rule", {"ingress": [{"action": "Allow", "source": {"namespaceSelector": "app = 'web'"}}]})
	_judge(q) == {fx.finding(`Calico NetworkPolicy "rule": selector "app = 'web'" was not evaluated (unexpected character "=" at column 5); the policy counts as selecting nothing`, "spec.ingress[0].source.namespaceSelector")}
}

test_selector_without_engine_data_denied if {
	p := mx.gnp("web", {"selector": "app == 'web'"})
	v := rule.violation with input as mx.review(p) with data.inventory as mx.inv([p])
	v == {fx.finding(`Calico GlobalNetworkPolicy "web": selector "app == 'web'" was not evaluated (not precomputed: run by kubeward scan to evaluate Calico selectors); the policy counts as selecting nothing`, "spec.selector")}
}

test_host_endpoint_policies_denied if {
	p := mx.gnp("host", {"selector": "all()", "preDNAT": true, "applyOnForward": true, "doNotTrack": false})
	_judge(p) == {
		fx.finding(`Calico GlobalNetworkPolicy "host" applies to host endpoints before DNAT (preDNAT): host endpoints are not evaluated`, "spec.preDNAT"),
		fx.finding(`Calico GlobalNetworkPolicy "host" also applies to traffic forwarded through host endpoints (applyOnForward): host endpoints are not evaluated`, "spec.applyOnForward"),
	}
	q := mx.ccnp("host", {"nodeSelector": {"matchLabels": {"role": "worker"}}, "ingress": [{"fromEntities": ["cluster"]}]})
	_judge(q) == {fx.finding(`CiliumClusterwideNetworkPolicy "host" selects nodes (a host policy, spec.nodeSelector): host endpoints are not evaluated`, "spec.nodeSelector")}
}

test_cilium_unknown_parts_denied if {
	p := mx.cnp("shop", "odd", {
		"endpointSelector": {"matchLabels": {"reserved:host": ""}},
		"futureField": true,
		"ingress": [{"fromEndpoints": [{}], "fromSomewhere": ["x"]}],
	})
	_judge(p) == {
		fx.finding(`CiliumNetworkPolicy "odd" spec.endpointSelector tests labels of a source other than Kubernetes (reserved:, cidr:, ...): not evaluated, the rule counts as selecting no pod`, "spec.endpointSelector"),
		fx.finding(`CiliumNetworkPolicy "odd": field spec.futureField is not evaluated`, "spec.futureField"),
		fx.finding(`CiliumNetworkPolicy "odd": field spec.ingress[0].fromSomewhere is not evaluated`, "spec.ingress[0].fromSomewhere"),
	}
}

test_understood_policies_allowed if {
	l7 := mx.cnp("shop", "l7", {
		"endpointSelector": {"matchLabels": {"k8s:app": "web"}},
		"ingress": [{"fromEndpoints": [{"matchLabels": {"app": "gw"}}], "toPorts": [{"ports": [{"port": "80", "protocol": "TCP"}], "rules": {"http": [{"method": "GET", "path": "/api/.*"}]}}]}],
		"egress": [{"toEndpoints": [{"matchLabels": {"k8s:io.kubernetes.pod.namespace": "kube-system", "k8s-app": "kube-dns"}}], "toPorts": [{"ports": [{"port": "53", "protocol": "ANY"}], "rules": {"dns": [{"matchPattern": "*"}]}}]}],
	})
	_judge(l7) == set()
	calico := mx.gnp("ok", {"selector": "app == 'web' && has(tier)", "namespaceSelector": "team == 'payments'", "applyOnForward": false, "ingress": [{"action": "Allow", "source": {"selector": "role == 'db'"}}]})
	_judge(calico) == set()
	_judge(mx.calico_np("shop", "default", {})) == set()
	_judge({"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": "k", "namespace": "shop"}, "spec": {"selector": "app = 'web'"}}) == set()
}
