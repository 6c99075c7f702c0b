package kubeward.rules.pod_security.pss_sysctls_test

import data.kubeward.rules.pod_security.pss_sysctls as rule
import data.kubeward.test.fixtures as fx

_containers := [fx.container("app", {})]

test_unsafe_sysctls_denied if {
	v := rule.violation with input as fx.pod({
		"securityContext": {"sysctls": [
			{"name": "net.ipv4.tcp_syncookies", "value": "1"},
			{"name": "kernel.msgmax", "value": "65536"},
			{"name": "net.core.somaxconn", "value": "1024"},
		]},
		"containers": _containers,
	})
	v == {
		fx.finding(`pod sets sysctl "kernel.msgmax", which is not in the Baseline safe set`, "spec.securityContext.sysctls[1].name"),
		fx.finding(`pod sets sysctl "net.core.somaxconn", which is not in the Baseline safe set`, "spec.securityContext.sysctls[2].name"),
	}
}

test_slash_form_and_missing_name_denied if {
	v := rule.violation with input as fx.of_kind("DaemonSet", {
		"securityContext": {"sysctls": [
			{"name": "net/ipv4/tcp_syncookies", "value": "1"},
			{"value": "1"},
		]},
		"containers": _containers,
	})
	v == {
		fx.finding(`pod sets sysctl "net/ipv4/tcp_syncookies", which is not in the Baseline safe set`, "spec.template.spec.securityContext.sysctls[0].name"),
		fx.finding(`pod sets sysctl "", which is not in the Baseline safe set`, "spec.template.spec.securityContext.sysctls[1].name"),
	}
}

# Every version's additions are allowed: kubeward follows the latest Pod Security Standards.
test_whole_safe_set_allowed if {
	v := rule.violation with input as fx.of_kind("Deployment", {
		"securityContext": {"sysctls": [
			{"name": "kernel.shm_rmid_forced", "value": "1"},
			{"name": "net.ipv4.ip_local_port_range", "value": "1024 65000"},
			{"name": "net.ipv4.tcp_syncookies", "value": "1"},
			{"name": "net.ipv4.ping_group_range", "value": "0 2147483647"},
			{"name": "net.ipv4.ip_unprivileged_port_start", "value": "0"},
			{"name": "net.ipv4.ip_local_reserved_ports", "value": "30000-32767"},
			{"name": "net.ipv4.tcp_keepalive_time", "value": "600"},
			{"name": "net.ipv4.tcp_fin_timeout", "value": "30"},
			{"name": "net.ipv4.tcp_keepalive_intvl", "value": "60"},
			{"name": "net.ipv4.tcp_keepalive_probes", "value": "5"},
			{"name": "net.ipv4.tcp_rmem", "value": "4096 87380 16777216"},
			{"name": "net.ipv4.tcp_wmem", "value": "4096 65536 16777216"},
			{"name": "net.ipv4.tcp_slow_start_after_idle", "value": "0"},
			{"name": "net.ipv4.tcp_notsent_lowat", "value": "16384"},
		]},
		"containers": _containers,
	})
	v == set()
}

test_no_sysctls_allowed if {
	v := rule.violation with input as fx.pod({"securityContext": {"sysctls": null, "runAsNonRoot": true}, "containers": _containers})
	v == set()
}

_with_sysctl(name, version) := object.union(
	fx.pod({"securityContext": {"sysctls": [{"name": name, "value": "1"}]}, "containers": _containers}),
	{"parameters": {"version": version}},
)

# Each version's additions: forbidden the version before, allowed from it on.
test_safe_set_grows_by_version if {
	every case in [
		["kernel.shm_rmid_forced", "v1.0", "v1.0"],
		["net.ipv4.ip_local_reserved_ports", "v1.26", "v1.27"],
		["net.ipv4.tcp_keepalive_time", "v1.28", "v1.29"],
		["net.ipv4.tcp_keepalive_probes", "v1.28", "v1.29"],
		["net.ipv4.tcp_rmem", "v1.31", "v1.32"],
		["net.ipv4.tcp_wmem", "v1.31", "v1.32"],
		["net.ipv4.tcp_slow_start_after_idle", "v1.36", "v1.37"],
		["net.ipv4.tcp_notsent_lowat", "v1.36", "v1.37"],
	] {
		count(rule.violation) == 0 with input as _with_sysctl(case[0], case[2])
		count(rule.violation) == 0 with input as _with_sysctl(case[0], "latest")
	}
	every case in [
		["net.ipv4.ip_local_reserved_ports", "v1.26"],
		["net.ipv4.tcp_fin_timeout", "v1.28"],
		["net.ipv4.tcp_rmem", "v1.31"],
		["net.ipv4.tcp_notsent_lowat", "v1.36"],
	] {
		rule.violation == {fx.finding(sprintf("pod sets sysctl %q, which is not in the Baseline safe set", [case[0]]), "spec.securityContext.sysctls[0].name")} with input as _with_sysctl(case[0], case[1])
	}
}
