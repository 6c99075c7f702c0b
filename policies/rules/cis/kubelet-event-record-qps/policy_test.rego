package kubeward.rules.cis.kubelet_event_record_qps_test

import data.kubeward.rules.cis.kubelet_event_record_qps as rule
import data.kubeward.test.cis_fixtures as cfx

test_default_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {})
	v == set()
}

test_unlimited_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"eventRecordQPS": 0})
	v == set()
}

test_fifty_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"eventRecordQPS": 50})
	v == set()
}

test_low_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"eventRecordQPS": 1})
	v == {cfx.finding("kubelet sets eventRecordQPS: 1, below 5 events per second: events beyond the limit are dropped, so security-relevant events may never be recorded", "eventRecordQPS")}
}

test_negative_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"eventRecordQPS": -1})
	v == {cfx.finding("kubelet sets eventRecordQPS: -1, below 5 events per second: events beyond the limit are dropped, so security-relevant events may never be recorded", "eventRecordQPS")}
}

test_parameter if {
	v := rule.violation with input as cfx.with_params(cfx.config("KubeletConfiguration", {"eventRecordQPS": 50}), {"minimum": 100})
	v == {cfx.finding("kubelet sets eventRecordQPS: 50, below 100 events per second: events beyond the limit are dropped, so security-relevant events may never be recorded", "eventRecordQPS")}
}
