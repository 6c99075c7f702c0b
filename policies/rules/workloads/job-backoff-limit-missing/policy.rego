# METADATA
# title: Job without an explicit backoffLimit
# description: >-
#   A Job without backoffLimit retries a failing pod 6 times with exponential back-off before it
#   gives up: a migration or a payment batch that must not be retried blindly is retried, and a
#   broken job takes many minutes to report failure. The retry budget is a decision to make.
# custom:
#   id: job-backoff-limit-missing
#   severity: info
#   category: workloads
#   kinds: [Job, CronJob]
#   controls: []
#   remediation: >-
#     Set spec.backoffLimit (spec.jobTemplate.spec.backoffLimit for a CronJob), or
#     backoffLimitPerIndex for an Indexed Job, to the number of retries the job can safely take.
package kubeward.rules.workloads.job_backoff_limit_missing

import data.kubeward.lib.k8s

_job_spec_path := "spec" if k8s.kind == "Job"

_job_spec_path := "spec.jobTemplate.spec" if k8s.kind == "CronJob"

_job_spec := k8s.resource.spec if k8s.kind == "Job"

_job_spec := object.get(k8s.resource.spec, ["jobTemplate", "spec"], {}) if k8s.kind == "CronJob"

violation contains {"msg": msg, "details": {"path": _job_spec_path}} if {
	not k8s.is_set(_job_spec, "backoffLimit")
	not k8s.is_set(_job_spec, "backoffLimitPerIndex")
	msg := sprintf("%s %q does not set backoffLimit: a failing pod is retried 6 times", [k8s.kind, k8s.resource.metadata.name])
}
