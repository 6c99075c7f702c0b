# METADATA
# title: Audit policy does not cover key security concerns
# description: >-
#   An audit Policy decides, rule by rule (first match wins), at which level each API request is
#   recorded. A minimal policy must record access to Secrets, TokenReviews and service account
#   tokens at Metadata level (not None, which hides it, and not Request or RequestResponse, which
#   writes the secret values into the audit log), and must record pod exec, attach and
#   port-forward, pod changes and RBAC changes at least at Metadata level.
# custom:
#   id: audit-policy-coverage
#   severity: medium
#   category: cis
#   kinds: [Policy]
#   controls: ["CIS:3.2.2", "NSA:audit-logging"]
#   remediation: >-
#     Put rules near the top of the Policy that log secrets, configmaps, tokenreviews and
#     serviceaccounts/token at level Metadata, then rules that log pods/exec, pods/attach,
#     pods/portforward, pod writes and rbac.authorization.k8s.io writes at Metadata or above, and
#     end with a catch-all rule (e.g. level Metadata) rather than relying on the default None.
package kubeward.rules.cis.audit_policy_coverage

import data.kubeward.lib.k8s

# The requests every policy must audit, as a generic authenticated user in an application
# namespace would make them. `exact`: the level must be exactly Metadata; else at least Metadata.
_concerns := [
	{"what": "secrets", "group": "", "resource": "secrets", "sub": "", "verbs": ["get", "list", "watch", "create", "update", "patch", "delete"], "exact": true},
	{"what": "tokenreviews", "group": "authentication.k8s.io", "resource": "tokenreviews", "sub": "", "verbs": ["create"], "exact": true},
	{"what": "serviceaccounts/token", "group": "", "resource": "serviceaccounts", "sub": "token", "verbs": ["create"], "exact": true},
	{"what": "pods/exec", "group": "", "resource": "pods", "sub": "exec", "verbs": ["create", "get"], "exact": false},
	{"what": "pods/attach", "group": "", "resource": "pods", "sub": "attach", "verbs": ["create", "get"], "exact": false},
	{"what": "pods/portforward", "group": "", "resource": "pods", "sub": "portforward", "verbs": ["create", "get"], "exact": false},
	{"what": "pods", "group": "", "resource": "pods", "sub": "", "verbs": ["create", "update", "patch", "delete"], "exact": false},
	{"what": "rbac.authorization.k8s.io roles", "group": "rbac.authorization.k8s.io", "resource": "roles", "sub": "", "verbs": ["create", "update", "patch", "delete"], "exact": false},
	{"what": "rbac.authorization.k8s.io clusterroles", "group": "rbac.authorization.k8s.io", "resource": "clusterroles", "sub": "", "verbs": ["create", "update", "patch", "delete"], "exact": false},
	{"what": "rbac.authorization.k8s.io rolebindings", "group": "rbac.authorization.k8s.io", "resource": "rolebindings", "sub": "", "verbs": ["create", "update", "patch", "delete"], "exact": false},
	{"what": "rbac.authorization.k8s.io clusterrolebindings", "group": "rbac.authorization.k8s.io", "resource": "clusterrolebindings", "sub": "", "verbs": ["create", "update", "patch", "delete"], "exact": false},
]

_rank := {"None": 0, "Metadata": 1, "Request": 2, "RequestResponse": 3}

_is_audit_policy if startswith(k8s.string_field(k8s.resource, "apiVersion"), "audit.k8s.io/")

_rules := object.get(k8s.resource, "rules", [])

# Every (concern, verb) with the level and index of the first matching rule (-1: none, level None).
_outcomes contains {"concern": ci, "verb": verb, "level": level, "rule": idx} if {
	_is_audit_policy
	some ci, c in _concerns
	some verb in c.verbs
	matching := [i | some i, rule in _rules; _matches(rule, c, verb)]
	idx := _first(matching)
	level := _level(idx)
}

_first(matching) := matching[0] if count(matching) > 0

_first(matching) := -1 if count(matching) == 0

_level(-1) := "None"

_level(idx) := k8s.string_field(_rules[idx], "level") if idx >= 0

_bad(c, level) if {
	c.exact
	level != "Metadata"
}

_bad(c, level) if {
	not c.exact
	object.get(_rank, level, 0) < 1
}

violation contains {"msg": msg, "details": {"path": path}} if {
	some ci, c in _concerns
	some [level, idx] in {[o.level, o.rule] | some o in _outcomes; o.concern == ci; _bad(c, o.level)}
	verbs := [v | some v in c.verbs; some o in _outcomes; o.concern == ci; o.verb == v; o.level == level; o.rule == idx]
	path := _path(idx)
	msg := sprintf("audit policy records %s of %s at level %s (%s): %s", [concat(", ", verbs), c.what, level, _source(idx), _why(c, level)])
}

_path(-1) := "rules"

_path(idx) := sprintf("rules[%d]", [idx]) if idx >= 0

_source(-1) := "no rule matches"

_source(idx) := sprintf("rules[%d]", [idx]) if idx >= 0

_why(_, "None") := "these requests leave no audit trail"

_why(c, level) := "the audit log would then hold secret values; log them at Metadata" if {
	c.exact
	level in {"Request", "RequestResponse"}
}

_why(_, level) := "not a valid audit level" if not level in {"None", "Metadata", "Request", "RequestResponse"}

# Whether an audit policy rule applies to a resource request of verb on the concern's resource,
# made by an ordinary authenticated user in an ordinary namespace (see audit.k8s.io/v1 PolicyRule).
_matches(rule, c, verb) if {
	count(object.get(rule, "users", [])) == 0
	_groups_match(object.get(rule, "userGroups", []))
	_in_or_empty(object.get(rule, "verbs", []), verb)
	count(object.get(rule, "namespaces", [])) == 0
	count(object.get(rule, "nonResourceURLs", [])) == 0
	_resources_match(object.get(rule, "resources", []), c)
}

_groups_match(groups) if count(groups) == 0

_groups_match(groups) if "system:authenticated" in groups

_in_or_empty(list, _) if count(list) == 0

_in_or_empty(list, x) if x in list

_resources_match(resources, _) if count(resources) == 0

# As the API server's policy checker does: a group entry without resources matches every resource
# of the group; otherwise an entry matches "resource", "resource/sub", "*", "*/sub" or "resource/*",
# and entries restricted to resourceNames never match requests without a name (list, create).
_resources_match(resources, c) if {
	some gr in resources
	object.get(gr, "group", "") == c.group
	_resource_listed(gr, c)
}

_resource_listed(gr, _) if count(object.get(gr, "resources", [])) == 0

_resource_listed(gr, c) if {
	count(object.get(gr, "resourceNames", [])) == 0
	some name in gr.resources
	name in _names(c)
}

_names(c) := {c.resource, "*", sprintf("%s/*", [c.resource])} if c.sub == ""

_names(c) := {sprintf("%s/%s", [c.resource, c.sub]), sprintf("%s/*", [c.resource]), sprintf("*/%s", [c.sub]), "*"} if c.sub != ""
