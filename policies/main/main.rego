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
	some id, conf in data.kubeward.config.rules
	input.review.kind.kind in conf.kinds
	params := object.get(conf, "parameters", {})
	some v in data.kubeward.rules[conf.package[0]][conf.package[1]].violation with input.parameters as params
	f := object.union(v, {"rule": id})
}

# Cheap entrypoint for callers that only need a yes/no (e.g. a readiness probe of the bundle).
findings_count := count(findings)
