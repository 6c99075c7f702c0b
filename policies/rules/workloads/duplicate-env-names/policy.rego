# METADATA
# title: Environment variable set more than once
# description: >-
#   When a container's env lists the same name twice, the last entry silently wins (the API server
#   only warns). The first value, often the one a reviewer reads, is dead configuration.
# custom:
#   id: duplicate-env-names
#   severity: low
#   category: workloads
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: Keep a single entry per variable name in each container's env.
package kubeward.rules.workloads.duplicate_env_names

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	some i, e in c.container.env
	some j, earlier in c.container.env
	j < i
	earlier.name == e.name
	not _seen_between(c.container.env, e.name, j, i)
	path := sprintf("%s.env[%d]", [c.path, i])
	msg := sprintf("%s sets environment variable %q again at env[%d] (first at env[%d]); the last value wins", [k8s.container_label(c), e.name, i, j])
}

# Report each repetition once, against the closest earlier entry.
_seen_between(env, name, j, i) if {
	some k, x in env
	k > j
	k < i
	x.name == name
}
