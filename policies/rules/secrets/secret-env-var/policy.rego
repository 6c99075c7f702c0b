# METADATA
# title: Secrets consumed as environment variables
# description: >-
#   A Secret key read into an environment variable (env[].valueFrom.secretKeyRef) is exposed to
#   every process of the container and its children, is printed by crash reporters, debug
#   endpoints and `env` in an exec session, and cannot be rotated without a restart. Mounting the
#   Secret as a file keeps it out of the process environment.
# custom:
#   id: secret-env-var
#   severity: low
#   category: secrets
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["CIS:5.4.1"]
#   remediation: >-
#     Mount the Secret as a volume (secret.secretName, with items to select keys) and have the
#     application read the file, instead of env[].valueFrom.secretKeyRef.
package kubeward.rules.secrets.secret_env_var

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	some i, e in c.container.env
	ref := e.valueFrom.secretKeyRef
	path := sprintf("%s.env[%d].valueFrom.secretKeyRef", [c.path, i])
	msg := sprintf("%s reads key %q of Secret %q into environment variable %q", [k8s.container_label(c), ref.key, ref.name, e.name])
}
