# METADATA
# title: API server keeps audit log files for too few days
# description: >-
#   --audit-log-maxage is the number of days rotated audit log files are kept; the CIS Benchmark
#   asks for at least 30.
# custom:
#   id: apiserver-audit-log-maxage
#   severity: low
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.17", "NSA:audit-logging"]
#   remediation: >-
#     Set `--audit-log-maxage=30` or more (or ship audit logs to central storage with an equivalent
#     retention).
#   parameters:
#     type: object
#     properties:
#       minimum:
#         type: integer
#         minimum: 0
#         default: 30
#         description: The smallest acceptable value of --audit-log-maxage (days).
#     additionalProperties: false
package kubeward.rules.cis.apiserver_audit_log_maxage

import data.kubeward.lib.flags

_minimum := object.get(input.parameters, "minimum", 30)

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	not flags.is_set(r, "audit-log-maxage")
	msg := sprintf("%s does not set --audit-log-maxage: audit logs must be kept long enough to investigate incidents (at least %d days)", [flags.label(r), _minimum])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	f := flags.flag(r, "audit-log-maxage")
	not _at_least(f.value, _minimum)
	msg := sprintf("%s sets --audit-log-maxage=%s, below %d days: audit logs must be kept long enough to investigate incidents", [flags.label(r), f.value, _minimum])
}

_at_least(value, minimum) if {
	regex.match(`^[0-9]+$`, value)
	to_number(value) >= minimum
}
