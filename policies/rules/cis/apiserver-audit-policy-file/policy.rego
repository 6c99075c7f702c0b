# METADATA
# title: API server has no audit policy
# description: >-
#   --audit-policy-file names the audit Policy that decides which requests are logged at which
#   level; without it the kube-apiserver logs nothing, whatever backend is configured.
# custom:
#   id: apiserver-audit-policy-file
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:3.2.1", "NSA:audit-logging"]
#   remediation: >-
#     Write an audit Policy (see the `audit-policy-coverage` rule for what it should cover) and pass
#     it with `--audit-policy-file`, together with `--audit-log-path` or a webhook backend.
package kubeward.rules.cis.apiserver_audit_policy_file

import data.kubeward.lib.flags

_required := ["audit-policy-file"]

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	not flags.is_set(r, name)
	msg := sprintf("%s does not set --%s: without an audit policy the API server records no audit events", [flags.label(r), name])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	some name in _required
	f := flags.flag(r, name)
	trim_space(f.value) == ""
	msg := sprintf("%s sets --%s to an empty value: without an audit policy the API server records no audit events", [flags.label(r), name])
}
