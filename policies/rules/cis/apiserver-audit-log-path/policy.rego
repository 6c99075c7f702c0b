# METADATA
# title: API server does not write an audit log
# description: >-
#   --audit-log-path makes the kube-apiserver write audit events (who did what, when, from where) to
#   a file; without it (or an audit webhook) API activity leaves no trace.
# custom:
#   id: apiserver-audit-log-path
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.16", "NSA:audit-logging"]
#   remediation: >-
#     Set `--audit-log-path` (for example `/var/log/kubernetes/audit/audit.log`, on a hostPath
#     volume) together with `--audit-policy-file`.
package kubeward.rules.cis.apiserver_audit_log_path

import data.kubeward.lib.flags

_required := ["audit-log-path"]

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	not flags.is_set(r, name)
	msg := sprintf("%s does not set --%s: without an audit log there is no record of who did what in the cluster", [flags.label(r), name])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	f := flags.flag(r, name)
	trim_space(f.value) == ""
	msg := sprintf("%s sets --%s to an empty value: without an audit log there is no record of who did what in the cluster", [flags.label(r), name])
}
