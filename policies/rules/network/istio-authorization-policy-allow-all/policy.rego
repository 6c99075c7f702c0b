# METADATA
# title: Istio AuthorizationPolicy allowing every request
# description: >-
#   An ALLOW AuthorizationPolicy (the default action) with an empty rule (`rules: [{}]`) matches
#   every request, and one whose only source condition is `principals: ["*"]` or
#   `namespaces: ["*"]` matches every authenticated peer: either turns the deny-by-default that
#   any ALLOW policy brings into allow-all for the workloads it selects. DENY and AUDIT policies
#   with such rules deny or audit everything and are not reported; a CUSTOM policy without a
#   provider is rejected by istiod and is reported as not evaluated.
# custom:
#   id: istio-authorization-policy-allow-all
#   severity: medium
#   category: network
#   kinds: [AuthorizationPolicy]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     Give every ALLOW rule the principals (service accounts), namespaces, paths and methods it is
#     for; for "deny everything" use an ALLOW policy with no rules (spec: {}) instead.
package kubeward.rules.network.istio_authorization_policy_allow_all

import data.kubeward.lib.istio
import data.kubeward.lib.k8s

_ap := k8s.resource

_action := object.get(_ap, ["spec", "action"], "ALLOW")

_judged if {
	istio.is_istio(_ap, "security.istio.io")
	_action == "ALLOW"
}

_name := _ap.metadata.name

_scope := sprintf("the workloads it selects in namespace %q", [object.get(_ap, ["metadata", "namespace"], "default")]) if {
	count(object.get(_ap, ["spec", "selector", "matchLabels"], {})) > 0
} else := sprintf("every workload in namespace %q", [object.get(_ap, ["metadata", "namespace"], "default")])

violation contains {"msg": msg, "details": {"path": sprintf("spec.rules[%d]", [i])}} if {
	_judged
	some i, r in object.get(_ap, ["spec", "rules"], [])
	_empty(r)
	msg := sprintf("AuthorizationPolicy %q (ALLOW) rule %d is empty: it allows every request, authenticated or not, to %s", [_name, i, _scope])
}

# A rule whose conditions only say "any authenticated peer": `from` sources that are nothing but
# wildcard principals or namespaces, and no `to` or `when`.
violation contains {"msg": msg, "details": {"path": sprintf("spec.rules[%d].from[%d].source.%s", [i, j, field])}} if {
	_judged
	some i, r in object.get(_ap, ["spec", "rules"], [])
	count(object.get(r, "to", [])) == 0
	count(object.get(r, "when", [])) == 0
	some j, f in object.get(r, "from", [])
	some field in ["principals", "namespaces"]
	"*" in object.get(f, ["source", field], [])
	every k, _ in f.source {
		k in {"principals", "namespaces"}
	}
	msg := sprintf("AuthorizationPolicy %q (ALLOW) rule %d allows %s: [\"*\"] with no other condition: every authenticated peer of the mesh may call %s", [_name, i, field, _scope])
}

violation contains {"msg": msg, "details": {"path": "spec.action"}} if {
	istio.is_istio(_ap, "security.istio.io")
	_action == "CUSTOM"
	not _ap.spec.provider.name
	msg := sprintf("AuthorizationPolicy %q has action CUSTOM without provider.name: istiod rejects it, so it is not evaluated", [_name])
}

_empty(r) if r == {}

_empty(r) if {
	is_object(r)
	every _, v in r {
		count(v) == 0
	}
}
