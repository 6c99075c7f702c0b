package kubeward.rules.workloads.job_restart_policy_invalid_test

import data.kubeward.rules.workloads.job_restart_policy_invalid as rule
import data.kubeward.test.fixtures as fx

test_invalid_denied if {
	v := rule.violation with input as fx.of_kind("Job", {"containers": []})
	v == {fx.finding(`Job "test" runs pods with restartPolicy unset (Always); Jobs accept only OnFailure or Never`, "spec.template.spec")}
	w := rule.violation with input as fx.of_kind("CronJob", {"restartPolicy": "Always", "containers": []})
	w == {fx.finding(`CronJob "test" runs pods with restartPolicy Always; Jobs accept only OnFailure or Never`, "spec.jobTemplate.spec.template.spec.restartPolicy")}
}

test_valid_allowed if {
	v := rule.violation with input as fx.of_kind("Job", {"restartPolicy": "Never", "containers": []})
	v == set()
	w := rule.violation with input as fx.of_kind("CronJob", {"restartPolicy": "OnFailure", "containers": []})
	w == set()
}
