package kubeward.rules.workloads.job_ttl_missing_test

import data.kubeward.rules.workloads.job_ttl_missing as rule
import data.kubeward.test.fixtures as fx

_job(spec, meta) := object.union(fx.of_kind("Job", {"containers": [fx.container("job", {})]}), {"review": {"object": {"spec": spec, "metadata": meta}}})

test_missing_denied if {
	v := rule.violation with input as _job({}, {})
	v == {fx.finding(`Job "test" has no ttlSecondsAfterFinished: it and its pods stay after it finishes`, "spec")}
}

test_allowed if {
	v := rule.violation with input as _job({"ttlSecondsAfterFinished": 3600}, {})
	v == set()
	w := rule.violation with input as _job({}, {"ownerReferences": [{"kind": "CronJob", "name": "c"}]})
	w == set()
}
