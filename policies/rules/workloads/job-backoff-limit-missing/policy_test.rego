package kubeward.rules.workloads.job_backoff_limit_missing_test

import data.kubeward.rules.workloads.job_backoff_limit_missing as rule

import data.kubeward.test.fixtures as fx

_cron(spec) := object.union(fx.of_kind("CronJob", {"containers": [fx.container("job", {})]}), {"review": {"object": {"spec": spec}}})

_job(spec) := object.union(fx.of_kind("Job", {"containers": [fx.container("job", {})]}), {"review": {"object": {"spec": spec}}})

test_missing_denied if {
	v := rule.violation with input as _job({})
	v == {fx.finding(`Job "test" does not set backoffLimit: a failing pod is retried 6 times`, "spec")}
	w := rule.violation with input as _cron({})
	w == {fx.finding(`CronJob "test" does not set backoffLimit: a failing pod is retried 6 times`, "spec.jobTemplate.spec")}
}

test_set_allowed if {
	v := rule.violation with input as _job({"backoffLimit": 0})
	v == set()
	w := rule.violation with input as _cron({"jobTemplate": {"spec": {"backoffLimit": 2}}})
	w == set()
	x := rule.violation with input as _job({"completionMode": "Indexed", "backoffLimitPerIndex": 1})
	x == set()
}
