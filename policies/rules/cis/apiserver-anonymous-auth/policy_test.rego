package kubeward.rules.cis.apiserver_anonymous_auth_test

import data.kubeward.rules.cis.apiserver_anonymous_auth as rule
import data.kubeward.test.cis_fixtures as cfx

test_explicit_true_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1", "--anonymous-auth=true"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --anonymous-auth=true: requests without credentials are served as system:anonymous", "spec.containers[0].command[2]")}
}

test_last_occurrence_wins if {
	v := rule.violation with input as cfx.static_pod_args("kube-apiserver", "/usr/local/bin/kube-apiserver", ["--anonymous-auth=false", "--anonymous-auth=true"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --anonymous-auth=true: requests without credentials are served as system:anonymous", "spec.containers[0].args[1]")}
	w := rule.violation with input as cfx.static_pod_args("kube-apiserver", "/usr/local/bin/kube-apiserver", ["--anonymous-auth=true", "--anonymous-auth=false"])
	w == set()
}

test_false_allowed if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--anonymous-auth=false"])
	v == set()
}

test_ordinary_pod_ignored if {
	v := rule.violation with input as cfx.ordinary_pod("kube-apiserver", ["--anonymous-auth=true"])
	v == set()
}

test_bare_flag_is_true if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--anonymous-auth", "false"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --anonymous-auth=true: requests without credentials are served as system:anonymous", "spec.containers[0].command[1]")}
}

test_unset_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--secure-port=1"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" does not set --anonymous-auth, which defaults to true: requests without credentials are served as system:anonymous", "spec.containers[0].command")}
}

test_unparseable_value_denied if {
	v := rule.violation with input as cfx.static_pod("kube-apiserver", ["--anonymous-auth=maybe"])
	v == {cfx.finding("kube-apiserver container \"kube-apiserver\" sets --anonymous-auth=maybe: requests without credentials are served as system:anonymous", "spec.containers[0].command[1]")}
}
