# METADATA
# title: Cilium or Calico policy not evaluated
# description: >-
#   kubeward counts a Cilium or Calico policy as covering a workload or namespace only when it
#   understands what the policy selects. A Calico selector that does not parse (or that the
#   engine did not precompute, when the library runs in OPA or Gatekeeper), a policy for host
#   endpoints (Calico preDNAT, doNotTrack and applyOnForward, Cilium nodeSelector), a Cilium
#   selector on labels of a source other than Kubernetes, and fields kubeward does not know are
#   reported here instead of being silently counted, or silently ignored.
# custom:
#   id: network-policy-not-evaluated
#   severity: info
#   category: network
#   kinds: [NetworkPolicy, GlobalNetworkPolicy, CiliumNetworkPolicy, CiliumClusterwideNetworkPolicy]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     Fix the selector's syntax (see Calico's selector reference), or review the reported part of
#     the policy by hand: kubeward's network findings do not account for it.
package kubeward.rules.network.network_policy_not_evaluated

import data.kubeward.lib.calico
import data.kubeward.lib.cilium
import data.kubeward.lib.k8s

_p := k8s.resource

_name_text := sprintf("%s %q", [_p.kind, _p.metadata.name])

violation contains {"msg": msg, "details": {"path": f.path}} if {
	calico.is_calico(_p)
	some f in calico.selector_fields(_p)
	reason := calico.compiled(f.text).error
	msg := sprintf("Calico %s: selector %q was not evaluated (%s); the policy counts as selecting nothing", [_name_text, f.text, reason])
}

_host_fields := {
	"preDNAT": "applies to host endpoints before DNAT",
	"doNotTrack": "applies to host endpoints without connection tracking",
	"applyOnForward": "also applies to traffic forwarded through host endpoints",
}

violation contains {"msg": msg, "details": {"path": sprintf("spec.%s", [field])}} if {
	calico.is_calico(_p)
	some field, what in _host_fields
	calico.spec(_p)[field] == true
	msg := sprintf("Calico %s %s (%s): host endpoints are not evaluated", [_name_text, what, field])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.nodeSelector", [r.path])}} if {
	cilium.is_cilium(_p)
	some r in cilium.rules_of(_p)
	is_object(r.rule.nodeSelector)
	msg := sprintf("%s selects nodes (a host policy, %s.nodeSelector): host endpoints are not evaluated", [_name_text, r.path])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.endpointSelector", [r.path])}} if {
	cilium.is_cilium(_p)
	some r in cilium.rules_of(_p)
	sel := cilium.endpoint_selector(r.rule)
	not cilium.normalized(sel)
	msg := sprintf("%s %s.endpointSelector tests labels of a source other than Kubernetes (reserved:, cidr:, ...): not evaluated, the rule counts as selecting no pod", [_name_text, r.path])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.%s", [r.path, field])}} if {
	cilium.is_cilium(_p)
	some r in cilium.rules_of(_p)
	some field, _ in r.rule
	not field in cilium.known_spec_fields
	msg := sprintf("%s: field %s.%s is not evaluated", [_name_text, r.path, field])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.%s[%d].%s", [r.path, section, i, field])}} if {
	cilium.is_cilium(_p)
	some r in cilium.rules_of(_p)
	some section in ["ingress", "ingressDeny", "egress", "egressDeny"]
	some i, x in object.get(r.rule, section, [])
	some field, _ in x
	not field in cilium.known_rule_fields
	msg := sprintf("%s: field %s.%s[%d].%s is not evaluated", [_name_text, r.path, section, i, field])
}
