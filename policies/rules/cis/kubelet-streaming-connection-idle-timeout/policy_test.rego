package kubeward.rules.cis.kubelet_streaming_connection_idle_timeout_test

import data.kubeward.rules.cis.kubelet_streaming_connection_idle_timeout as rule
import data.kubeward.test.cis_fixtures as cfx

test_zero_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"streamingConnectionIdleTimeout": "0"})
	v == {cfx.finding("kubelet sets streamingConnectionIdleTimeout: 0: idle exec, attach and port-forward sessions are then never closed", "streamingConnectionIdleTimeout")}
}

test_zero_units_denied if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"streamingConnectionIdleTimeout": "0h0m0s"})
	v == {cfx.finding("kubelet sets streamingConnectionIdleTimeout: 0h0m0s: idle exec, attach and port-forward sessions are then never closed", "streamingConnectionIdleTimeout")}
}

test_five_minutes_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"streamingConnectionIdleTimeout": "5m0s"})
	v == set()
}

test_ten_seconds_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {"streamingConnectionIdleTimeout": "10s"})
	v == set()
}

test_unset_allowed if {
	v := rule.violation with input as cfx.config("KubeletConfiguration", {})
	v == set()
}
