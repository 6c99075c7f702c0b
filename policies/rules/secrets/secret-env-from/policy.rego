# METADATA
# title: Whole Secrets loaded into the environment (envFrom)
# description: >-
#   envFrom[].secretRef turns every key of a Secret into an environment variable: all of its
#   values are exposed to every process of the container, to crash reports and to anyone who can
#   exec into it, including keys added to the Secret later. Mount the Secret as files instead.
# custom:
#   id: secret-env-from
#   severity: medium
#   category: secrets
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["CIS:5.4.1"]
#   remediation: >-
#     Replace envFrom[].secretRef with a secret volume mounted read-only and have the application
#     read the keys it needs from files.
package kubeward.rules.secrets.secret_env_from

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	some i, e in c.container.envFrom
	ref := e.secretRef
	path := sprintf("%s.envFrom[%d].secretRef", [c.path, i])
	msg := sprintf("%s loads every key of Secret %q into its environment (envFrom)", [k8s.container_label(c), ref.name])
}
