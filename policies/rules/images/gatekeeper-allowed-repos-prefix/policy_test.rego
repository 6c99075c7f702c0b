package kubeward.rules.images.gatekeeper_allowed_repos_prefix_test

import data.kubeward.rules.images.gatekeeper_allowed_repos_prefix as rule
import data.kubeward.test.fixtures as fx

_constraint(repos) := {"review": {
	"kind": {"group": "constraints.gatekeeper.sh", "version": "v1beta1", "kind": "K8sAllowedRepos"},
	"object": {"apiVersion": "constraints.gatekeeper.sh/v1beta1", "kind": "K8sAllowedRepos", "metadata": {"name": "repo-is-trusted"}, "spec": {"parameters": {"repos": repos}}},
}}

test_denied if {
	v := rule.violation with input as _constraint(["registry.example.com/", "myregistry.io", "docker.io/library/nginx:", "ghcr.io/acme/app@", 3])
	v == {fx.finding(`allowed repo "myregistry.io" has no trailing "/": it also admits images such as "myregistry.io-evil/app"`, "spec.parameters.repos[1]")}
}

test_no_repos if {
	v := rule.violation with input as _constraint(null)
	v == set()
}
