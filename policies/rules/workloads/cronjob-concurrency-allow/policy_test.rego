package kubeward.rules.workloads.cronjob_concurrency_allow_test

import data.kubeward.rules.workloads.cronjob_concurrency_allow as rule

import data.kubeward.test.fixtures as fx

_cron(spec) := object.union(fx.of_kind("CronJob", {"containers": [fx.container("job", {})]}), {"review": {"object": {"spec": spec}}})

test_allow_denied if {
	v := rule.violation with input as _cron({})
	v == {fx.finding(`CronJob "test" does not set concurrencyPolicy, so runs may overlap (the default is Allow)`, "spec")}
	w := rule.violation with input as _cron({"concurrencyPolicy": "Allow"})
	w == {fx.finding(`CronJob "test" sets concurrencyPolicy Allow, so runs may overlap`, "spec.concurrencyPolicy")}
}

test_forbid_allowed if {
	v := rule.violation with input as _cron({"concurrencyPolicy": "Forbid"})
	v == set()
}
