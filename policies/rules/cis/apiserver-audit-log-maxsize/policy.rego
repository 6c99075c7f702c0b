# METADATA
# title: API server rotates audit log files too early
# description: >-
#   --audit-log-maxsize is the size in megabytes at which the audit log is rotated; the CIS
#   Benchmark asks for at least 100.
# custom:
#   id: apiserver-audit-log-maxsize
#   severity: low
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.19", "NSA:audit-logging"]
#   remediation: >-
#     Set `--audit-log-maxsize=100` or more.
#   parameters:
#     type: object
#     properties:
#       minimum:
#         type: integer
#         minimum: 0
#         default: 100
#         description: The smallest acceptable value of --audit-log-maxsize (megabytes).
#     additionalProperties: false
package kubeward.rules.cis.apiserver_audit_log_maxsize

import data.kubeward.lib.flags

_minimum := object.get(input.parameters, "minimum", 100)

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	not flags.is_set(r, "audit-log-maxsize")
	msg := sprintf("%s does not set --audit-log-maxsize: small audit log files rotate quickly and lose history (at least %d megabytes)", [flags.label(r), _minimum])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	f := flags.flag(r, "audit-log-maxsize")
	not _at_least(f.value, _minimum)
	msg := sprintf("%s sets --audit-log-maxsize=%s, below %d megabytes: small audit log files rotate quickly and lose history", [flags.label(r), f.value, _minimum])
}

_at_least(value, minimum) if {
	regex.match(`^[0-9]+$`, value)
	to_number(value) >= minimum
}
