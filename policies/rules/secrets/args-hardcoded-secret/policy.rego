# METADATA
# title: Hard-coded secrets in container command or args
# description: >-
#   A credential passed on the command line is stored in the manifest and Git history, and at
#   run time is visible to every process on the node through /proc/<pid>/cmdline and in `ps`
#   output. Detected by the published token formats (AWS, GitHub, Slack, Google, Stripe, PEM
#   private keys, JWTs, passwords in URLs) and by credential-named flags with a literal value
#   (--password=…, --api-key …). Findings never print the value, only its length.
# custom:
#   id: args-hardcoded-secret
#   severity: high
#   category: secrets
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["NSA:secrets", "MITRE:T1552.001"]
#   remediation: >-
#     Revoke and rotate the credential, store it in a Secret mounted as a file and pass the
#     file's path instead (most tools accept --password-file or a config file).
package kubeward.rules.secrets.args_hardcoded_secret

import data.kubeward.lib.k8s
import data.kubeward.lib.secrets

# A known token format anywhere in one argument (also inside `sh -c` scripts).
violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	some field in ["command", "args"]
	some i, arg in c.container[field]
	is_string(arg)
	what := secrets.token_kind(arg)
	path := sprintf("%s.%s[%d]", [c.path, field, i])
	msg := sprintf("%s %s[%d] contains %s (value %s)", [k8s.container_label(c), field, i, what, secrets.redact(arg)])
}

# --password=literal
violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	some field in ["command", "args"]
	some i, arg in c.container[field]
	is_string(arg)
	not secrets.token_kind(arg)
	some m in regex.find_all_string_submatch_n(`^--?([A-Za-z0-9_.-]+)=(.*)$`, arg, 1)
	secrets.literal_secret(m[1], m[2])
	path := sprintf("%s.%s[%d]", [c.path, field, i])
	msg := sprintf("%s %s[%d] passes flag %q a literal credential (value %s)", [k8s.container_label(c), field, i, m[1], secrets.redact(m[2])])
}

# --password literal (the value is the next argument)
violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	some field in ["command", "args"]
	some i, flag in c.container[field]
	is_string(flag)
	regex.match(`^--?[A-Za-z0-9_.-]+$`, flag)
	value := c.container[field][i + 1]
	is_string(value)
	not startswith(value, "-")
	not secrets.token_kind(value)
	name := trim_left(flag, "-")
	secrets.literal_secret(name, value)
	path := sprintf("%s.%s[%d]", [c.path, field, i + 1])
	msg := sprintf("%s %s[%d] passes flag %q a literal credential (value %s)", [k8s.container_label(c), field, i + 1, name, secrets.redact(value)])
}
