# METADATA
# title: CronJob allows concurrent runs
# description: >-
#   With concurrencyPolicy Allow (the default) a run that takes longer than the schedule interval
#   overlaps the next one: two exports write the same file, two migrations race, and a slow job
#   piles up ever more pods.
# custom:
#   id: cronjob-concurrency-allow
#   severity: info
#   category: workloads
#   kinds: [CronJob]
#   controls: []
#   remediation: >-
#     Set spec.concurrencyPolicy to Forbid (skip a run while the previous one is still going) or
#     Replace (stop the previous run); keep Allow only for jobs that are safe to overlap, explicitly.
package kubeward.rules.workloads.cronjob_concurrency_allow

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "spec"}} if {
	not k8s.is_set(k8s.resource.spec, "concurrencyPolicy")
	msg := sprintf("CronJob %q does not set concurrencyPolicy, so runs may overlap (the default is Allow)", [k8s.resource.metadata.name])
}

violation contains {"msg": msg, "details": {"path": "spec.concurrencyPolicy"}} if {
	k8s.resource.spec.concurrencyPolicy == "Allow"
	msg := sprintf("CronJob %q sets concurrencyPolicy Allow, so runs may overlap", [k8s.resource.metadata.name])
}
