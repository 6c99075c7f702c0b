# METADATA
# title: Gatekeeper K8sAllowedRepos entry is an ambiguous prefix
# description: >-
#   Gatekeeper's K8sAllowedRepos template admits an image when it starts with one of the listed
#   repos, as plain text. An entry without a trailing "/" therefore admits more than intended:
#   "myregistry.io" also admits "myregistry.io.attacker.example/x", and "docker.io/library/nginx"
#   also admits "docker.io/library/nginx-backdoor". Entries that end in "/", ":" or "@" are exact.
# custom:
#   id: gatekeeper-allowed-repos-prefix
#   severity: medium
#   category: images
#   kinds: [K8sAllowedRepos]
#   controls: []
#   remediation: >-
#     End every repos entry with "/" (a registry or repository prefix) or with ":" (one exact
#     repository, any tag), e.g. "myregistry.io/" or "docker.io/library/nginx:".
package kubeward.rules.images.gatekeeper_allowed_repos_prefix

import data.kubeward.lib.k8s

_exact(repo) if endswith(repo, "/")

_exact(repo) if endswith(repo, ":")

_exact(repo) if endswith(repo, "@")

violation contains {"msg": msg, "details": {"path": sprintf("spec.parameters.repos[%d]", [i])}} if {
	some i, repo in k8s.resource.spec.parameters.repos
	is_string(repo)
	not _exact(repo)
	msg := sprintf("allowed repo %q has no trailing \"/\": it also admits images such as %q", [repo, concat("", [repo, "-evil/app"])])
}
