package kubeward.rules.workloads.cronjob_starting_deadline_missing_test

import data.kubeward.rules.workloads.cronjob_starting_deadline_missing as rule

import data.kubeward.test.fixtures as fx

_cron(spec) := object.union(fx.of_kind("CronJob", {"containers": [fx.container("job", {})]}), {"review": {"object": {"spec": spec}}})

test_missing_denied if {
	v := rule.violation with input as _cron({})
	v == {fx.finding(`CronJob "test" has no startingDeadlineSeconds: after 100 missed schedules it stops starting jobs`, "spec")}
	w := rule.violation with input as _cron({"startingDeadlineSeconds": null})
	w == v
}

test_set_allowed if {
	v := rule.violation with input as _cron({"startingDeadlineSeconds": 300})
	v == set()
}
