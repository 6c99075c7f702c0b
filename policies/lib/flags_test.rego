package kubeward.lib.flags_test

import data.kubeward.lib.flags
import data.kubeward.test.cis_fixtures as cfx

_only(inp) := r if {
	rs := flags.running with input as inp
	count(rs) == 1
	some r in rs
}

test_detects_component_by_command if {
	r := _only(cfx.static_pod("kube-apiserver", ["--profiling=false"]))
	r.component == "kube-apiserver"
	r.path == "spec.containers[0]"
	r.tokens == [{"t": "--profiling=false", "path": "spec.containers[0].command[1]"}]
}

test_detects_component_by_full_path_and_args if {
	r := _only(cfx.static_pod_args("etcd", "/usr/local/bin/etcd", ["--name", "cp1"]))
	r.component == "etcd"
	r.tokens == [
		{"t": "--name", "path": "spec.containers[0].args[0]"},
		{"t": "cp1", "path": "spec.containers[0].args[1]"},
	]
}

test_detects_component_by_first_arg if {
	inp := cfx.pod_with("kube-scheduler", "kube-system", {"name": "sched", "image": "x", "args": ["kube-scheduler", "--profiling=false"]})
	r := _only(inp)
	r.component == "kube-scheduler"
}

test_detects_component_by_kubeadm_label if {
	inp := cfx.pod_with("kube-controller-manager", "kube-system", {"name": "kube-controller-manager", "image": "x", "args": ["--profiling=false"]})
	r := _only(inp)
	r.component == "kube-controller-manager"
	r.tokens == [{"t": "--profiling=false", "path": "spec.containers[0].args[0]"}]
}

test_ordinary_pods_and_other_binaries_ignored if {
	count(flags.running) == 0 with input as cfx.ordinary_pod("kube-apiserver", [])
	count(flags.running) == 0 with input as cfx.static_pod("nginx", [])
	inp := cfx.pod_with("nginx", "kube-system", {"name": "web", "image": "x", "command": ["/bin/sh"], "args": ["kube-apiserver"]})
	count(flags.running) == 0 with input as inp
}

_occ(tokens) := flags.occurrences({"tokens": [{"t": t, "path": sprintf("p[%d]", [i])} | some i, t in tokens]})

test_equals_and_space_forms if {
	_occ(["--a=1", "--b", "2", "-c=3", "-d", "4"]) == [
		{"name": "a", "value": "1", "path": "p[0]", "index": 0},
		{"name": "b", "value": "2", "path": "p[2]", "index": 1},
		{"name": "c", "value": "3", "path": "p[3]", "index": 3},
		{"name": "d", "value": "4", "path": "p[5]", "index": 4},
	]
}

test_values_keep_equals_signs if {
	_occ(["--feature-gates=A=true,B=false"]) == [{"name": "feature-gates", "value": "A=true,B=false", "path": "p[0]", "index": 0}]
}

test_bare_booleans_are_true_and_take_no_value if {
	_occ(["--profiling", "false", "--anonymous-auth=false"]) == [
		{"name": "profiling", "value": "true", "path": "p[0]", "index": 0},
		{"name": "anonymous-auth", "value": "false", "path": "p[2]", "index": 2},
	]
}

test_flag_without_value if {
	_occ(["--token-auth-file", "--x"]) == [
		{"name": "token-auth-file", "value": "", "path": "p[0]", "index": 0},
		{"name": "x", "value": "", "path": "p[1]", "index": 1},
	]
}

test_non_flags_ignored if {
	_occ(["kube-apiserver", "-", "--", "--=x"]) == []
}

_r(tokens) := {"tokens": [{"t": t, "path": sprintf("p[%d]", [i])} | some i, t in tokens]}

test_last_scalar_wins if {
	r := _r(["--profiling=true", "--bind-address", "0.0.0.0", "--profiling=false"])
	flags.flag(r, "profiling") == {"name": "profiling", "value": "false", "path": "p[3]", "index": 3}
	flags.is_set(r, "bind-address")
	not flags.is_set(r, "anonymous-auth")
	not flags.flag(r, "anonymous-auth")
}

test_list_flags_accumulate if {
	r := _r(["--enable-admission-plugins=NodeRestriction, PodSecurity,", "--enable-admission-plugins", "EventRateLimit"])
	flags.list(r, "enable-admission-plugins") == {"items": ["NodeRestriction", "PodSecurity", "EventRateLimit"], "path": "p[2]"}
	not flags.list(r, "disable-admission-plugins")
}

test_feature_gates_merge if {
	r := _r(["--feature-gates=A=true,B=false", "--feature-gates=B=true, C = false", "--feature-gates=bad"])
	flags.feature_gates(r) == {
		"A": {"gate": "A", "value": "true", "path": "p[0]"},
		"B": {"gate": "B", "value": "true", "path": "p[1]"},
		"C": {"gate": "C", "value": "false", "path": "p[1]"},
	}
}

test_parse_bool if {
	not flags.is_true("yes")
	not flags.is_false("no")
	every v in ["1", "t", "T", "TRUE", "true", "True"] {
		flags.is_true(v)
		not flags.is_false(v)
	}
	every v in ["0", "f", "F", "FALSE", "false", "False"] {
		flags.is_false(v)
		not flags.is_true(v)
	}
}

test_missing_path_and_label if {
	r := _only(cfx.static_pod("kube-apiserver", []))
	flags.missing_path(r) == "spec.containers[0].command"
	flags.label(r) == `kube-apiserver container "kube-apiserver"`
	r2 := _only(cfx.static_pod_args("etcd", "etcd", ["--name=a"]))
	flags.missing_path(r2) == "spec.containers[0].args"
}

test_loopback if {
	every a in ["127.0.0.1", "127.0.0.1:10249", "127.1.2.3", "::1", "[::1]:10249", "localhost:10249"] {
		flags.is_loopback(a)
	}
	every a in ["0.0.0.0", "0.0.0.0:10249", "10.0.0.1", "[::]:10249", "::", ""] {
		not flags.is_loopback(a)
	}
}

test_containers_of if {
	count(flags.containers_of("etcd")) == 0 with input as cfx.static_pod("kube-apiserver", [])
	count(flags.containers_of("kube-apiserver")) == 1 with input as cfx.static_pod("kube-apiserver", [])
}
