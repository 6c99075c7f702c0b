# METADATA
# title: API server keeps too few rotated audit log files
# description: >-
#   --audit-log-maxbackup is the number of rotated audit log files kept; the CIS Benchmark asks for
#   at least 10.
# custom:
#   id: apiserver-audit-log-maxbackup
#   severity: low
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.18", "NSA:audit-logging"]
#   remediation: >-
#     Set `--audit-log-maxbackup=10` or more.
#   parameters:
#     type: object
#     properties:
#       minimum:
#         type: integer
#         minimum: 0
#         default: 10
#         description: The smallest acceptable value of --audit-log-maxbackup (files).
#     additionalProperties: false
package kubeward.rules.cis.apiserver_audit_log_maxbackup

import data.kubeward.lib.flags

_minimum := object.get(input.parameters, "minimum", 10)

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	not flags.is_set(r, "audit-log-maxbackup")
	msg := sprintf("%s does not set --audit-log-maxbackup: audit history is lost when too few rotated files are kept (at least %d files)", [flags.label(r), _minimum])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	f := flags.flag(r, "audit-log-maxbackup")
	not _at_least(f.value, _minimum)
	msg := sprintf("%s sets --audit-log-maxbackup=%s, below %d files: audit history is lost when too few rotated files are kept", [flags.label(r), f.value, _minimum])
}

_at_least(value, minimum) if {
	regex.match(`^[0-9]+$`, value)
	to_number(value) >= minimum
}
