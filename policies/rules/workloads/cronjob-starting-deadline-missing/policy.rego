# METADATA
# title: CronJob without startingDeadlineSeconds
# description: >-
#   Without startingDeadlineSeconds the CronJob controller counts every schedule missed since the
#   last run; after more than 100 missed schedules (controller down, CronJob suspended for a while)
#   it refuses to start the job at all. With a deadline it counts only the window that matters,
#   and a late run that would be pointless is skipped rather than started hours late.
# custom:
#   id: cronjob-starting-deadline-missing
#   severity: low
#   category: workloads
#   kinds: [CronJob]
#   controls: []
#   remediation: >-
#     Set spec.startingDeadlineSeconds to how late a run may still start (at least 10 seconds; for
#     example a few minutes for an hourly job).
package kubeward.rules.workloads.cronjob_starting_deadline_missing

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "spec"}} if {
	not k8s.is_set(k8s.resource.spec, "startingDeadlineSeconds")
	msg := sprintf("CronJob %q has no startingDeadlineSeconds: after 100 missed schedules it stops starting jobs", [k8s.resource.metadata.name])
}
