# METADATA
# title: Job without ttlSecondsAfterFinished
# description: >-
#   A finished Job and its pods stay in the cluster until someone deletes them: they fill etcd and
#   the namespace, keep their logs and Secrets mounted pods around, and block re-applying a Job of
#   the same name. ttlSecondsAfterFinished lets the TTL controller clean them up.
# custom:
#   id: job-ttl-missing
#   severity: low
#   category: workloads
#   kinds: [Job]
#   controls: []
#   remediation: >-
#     Set spec.ttlSecondsAfterFinished (for example 86400 to keep a day for debugging).
package kubeward.rules.workloads.job_ttl_missing

import data.kubeward.lib.k8s

# Jobs created by a CronJob are cleaned up by its history limits.
violation contains {"msg": msg, "details": {"path": "spec"}} if {
	not k8s.is_set(k8s.resource.spec, "ttlSecondsAfterFinished")
	count(object.get(k8s.resource.metadata, "ownerReferences", [])) == 0
	msg := sprintf("Job %q has no ttlSecondsAfterFinished: it and its pods stay after it finishes", [k8s.resource.metadata.name])
}
