# METADATA
# title: Job pod template with restartPolicy Always
# description: >-
#   The pods of a Job (and of a CronJob's jobs) must use restartPolicy OnFailure or Never. The pod
#   default, Always, is invalid for them: the API server rejects the Job, or for a CronJob every
#   scheduled Job, so the work silently never runs.
# custom:
#   id: job-restart-policy-invalid
#   severity: medium
#   category: workloads
#   kinds: [Job, CronJob]
#   controls: []
#   remediation: >-
#     Set the pod template's restartPolicy to Never (the Job controller creates a new pod per
#     failure, keeping failed pods for debugging) or OnFailure (the kubelet restarts the container in
#     place).
package kubeward.rules.workloads.job_restart_policy_invalid

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": path}} if {
	policy := k8s.string_field(k8s.pod_spec, "restartPolicy")
	not policy in {"OnFailure", "Never"}
	path := _path(policy)
	msg := sprintf("%s %q runs pods with restartPolicy %s; Jobs accept only OnFailure or Never", [k8s.kind, k8s.resource.metadata.name, _label(policy)])
}

_path("") := k8s.pod_spec_path

_path(policy) := sprintf("%s.restartPolicy", [k8s.pod_spec_path]) if policy != ""

_label("") := "unset (Always)"

_label(policy) := policy if policy != ""
