# METADATA
# title: Hard-coded secrets in container environment variables
# description: >-
#   A credential written into env[].value lives in the manifest, in Git history, in every copy
#   of the rendered object (kubectl get -o yaml, audit logs, backups) and is readable by anyone
#   who can read the workload, not only by those who can read Secrets. Detected by the published
#   formats of AWS, GitHub, Slack, Google, Stripe keys, PEM private keys, JWTs and passwords in
#   URLs, and by credential-like names (…_PASSWORD, …_TOKEN, …_API_KEY) with a literal value.
#   Findings never print the value, only its length.
# custom:
#   id: env-hardcoded-secret
#   severity: high
#   category: secrets
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["NSA:secrets", "MITRE:T1552.001"]
#   remediation: >-
#     Revoke and rotate the credential, then store it in a Secret (or an external secret store)
#     and mount it as a file; never put it in env[].value.
package kubeward.rules.secrets.env_hardcoded_secret

import data.kubeward.lib.k8s
import data.kubeward.lib.secrets

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	some i, e in c.container.env
	is_string(e.value)
	what := secrets.classify(e.name, e.value)
	path := sprintf("%s.env[%d].value", [c.path, i])
	msg := sprintf("%s env %q contains %s (value %s)", [k8s.container_label(c), e.name, what, secrets.redact(e.value)])
}
