# Composition: every rule registers by location (data.kubeward.rules.<category>.<rule>), and the
# engine says which rules run, for which kinds and with which parameters, through data set once
# per scan:
#
#   data.kubeward.config.rules[<rule-id>] = {
#     "package": ["pod_security", "privileged_container"],   # path under data.kubeward.rules
#     "kinds": ["Pod", "Deployment", ...],                   # from the rule's METADATA
#     "parameters": {...}                                    # optional; the bundle's, else {}
#   }
#
# So there is no list of rules to keep here: enabling, disabling and parameterising are data.
package kubeward.main

# METADATA
# description: >-
#   One finding per violation of every configured rule, tagged with the rule id. The rule sees its
#   own parameters as input.parameters, exactly as Gatekeeper hands a ConstraintTemplate its
#   Constraint's parameters, so the same Rego runs unchanged there.
# entrypoint: true
findings contains f if {
	some f in _findings_for_input_parameters
}

findings contains f if {
	some params in _other_parameters
	some f in _findings_for_input_parameters with input.parameters as params
}

# Why not one `with` per rule: `with` starts a fresh memo, so the helpers every rule shares (the
# object's containers, its pod spec path, ...) would be computed again for each rule. Instead the
# rules are grouped by their parameters: those whose parameters already are input.parameters (most
# rules take none, and callers pass `"parameters": {}`) run without `with`, and each other distinct
# set of parameters (e.g. the PSS rules' {"version": "latest"}) runs its group under one `with`.
# Every rule is in exactly one group, so the findings are those of a `with` per rule.
_findings_for_input_parameters contains f if {
	some id, conf in data.kubeward.config.rules
	input.review.kind.kind in conf.kinds
	object.get(conf, "parameters", {}) == _input_parameters
	some v in data.kubeward.rules[conf.package[0]][conf.package[1]].violation
	f := object.union(v, {"rule": id})
}

_other_parameters contains params if {
	some conf in data.kubeward.config.rules
	input.review.kind.kind in conf.kinds
	params := object.get(conf, "parameters", {})
	params != _input_parameters
}

# null when the caller passed no parameters at all (then every rule runs under `with`).
_input_parameters := object.get(input, "parameters", null)

# Cheap entrypoint for callers that only need a yes/no (e.g. a readiness probe of the bundle).
findings_count := count(findings)
