# METADATA
# title: Images from untrusted registries
# description: >-
#   Only images from registries and repositories you trust should run: your own registry, where
#   images are built, scanned and signed, and a short list of vetted upstreams. Policies work like
#   IBM Portieris: each names the namespaces it applies to (globs, "*" for every namespace) and
#   allow/deny repository patterns; a namespace's own policies are used exclusively when there
#   are any, else the "*" ones; the most specific matching pattern decides (an exact repository
#   beats any wildcard, then the longest text before the first "*"; deny wins a tie); an image no
#   pattern matches is denied. Docker Hub names are normalised (nginx is
#   docker.io/library/nginx). Every init, regular and ephemeral container is checked. The default
#   policy only trusts a few publishers' official repositories; replace it with your own. When
#   Portieris ImagePolicy or ClusterImagePolicy objects
#   (securityenforcement.admission.cloud.ibm.com/v1beta1) are among the scanned objects (or given
#   with kubeward scan --image-policy FILE), they are the policy instead of the parameters: each
#   repositories[].name allows its pattern, a simple "reject" requirement denies it.
# custom:
#   id: trusted-registries
#   severity: high
#   category: images
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["CIS:5.5.1", "NSA:pod-security", "MITRE:T1525"]
#   remediation: >-
#     Pull the image through a trusted registry (mirror or rebuild it there), or, if the source is
#     trustworthy, add its repository to the allow list of the namespace's policy.
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       policies:
#         description: Trusted-registry policies; see the rule's README.
#         type: array
#         items:
#           type: object
#           additionalProperties: false
#           required: [namespaces]
#           properties:
#             namespaces: {type: array, items: {type: string}, description: 'Namespace globs; "*" makes it the cluster-wide fallback.'}
#             allow: {type: array, items: {type: string}, description: 'Repository patterns allowed (registry/path, * wildcard).'}
#             deny: {type: array, items: {type: string}, description: Repository patterns denied.}
#         default:
#           - namespaces: ["*"]
#             allow:
#               - registry.k8s.io/*
#               - docker.io/library/*
#               - gcr.io/distroless/*
#               - mcr.microsoft.com/*
#               - public.ecr.aws/docker/library/*
#               - cgr.dev/chainguard/*
#             deny: []
package kubeward.rules.images.trusted_registries

import data.kubeward.lib.images
import data.kubeward.lib.k8s
import data.kubeward.lib.portieris

default_policies := [{
	"namespaces": ["*"],
	"allow": [
		"registry.k8s.io/*",
		"docker.io/library/*",
		"gcr.io/distroless/*",
		"mcr.microsoft.com/*",
		"public.ecr.aws/docker/library/*",
		"cgr.dev/chainguard/*",
	],
	"deny": [],
}]

_policies := object.get(input, ["parameters", "policies"], default_policies)

# Where the object lands: its own namespace, else the admission request's (Gatekeeper, OPA), else
# "default" (kubectl apply without -n).
namespace := ns if {
	ns := k8s.resource.metadata.namespace
	is_string(ns)
	ns != ""
} else := ns if {
	ns := input.review.namespace
	is_string(ns)
	ns != ""
} else := "default"

_own := [p |
	some p in _policies
	some pattern in p.namespaces
	pattern != "*"
	images.glob_match(pattern, namespace)
]

_applicable := _own if count(_own) > 0

_applicable := [p | some p in _policies; "*" in p.namespaces] if count(_own) == 0

# Scanned Portieris ImagePolicy / ClusterImagePolicy objects replace the parameters: every
# repository entry allows its pattern, except a simple "reject" policy, which denies it.
_rules := [{"pattern": e.pattern, "written": e.written, "effect": _portieris_effect(e)} | some e in portieris.entries(namespace)] if {
	portieris.active
} else := [{"pattern": images.normalize_pattern(pattern), "written": pattern, "effect": effect} |
	some p in _applicable
	some effect in ["allow", "deny"]
	some pattern in object.get(p, effect, [])
]

_portieris_effect(e) := "deny" if portieris.rejects(e)

_portieris_effect(e) := "allow" if not portieris.rejects(e)

_policy_word := "Portieris image policy" if portieris.active

_policy_word := "trusted-registry policy" if not portieris.active

_matches(repository) := [r | some r in _rules; images.glob_match(r.pattern, repository)]

_best(repository) := max({images.specificity(r.pattern) | some r in _matches(repository)})

_deciding(repository) := [r | some r in _matches(repository); images.specificity(r.pattern) == _best(repository)]

violation contains {"msg": msg, "details": {"path": sprintf("%s.image", [c.path])}} if {
	some c in k8s.containers
	images.is_image(c.container.image)
	repository := images.parse(c.container.image).repository
	count(_matches(repository)) == 0
	msg := sprintf("%s uses image %q (%s), which no %s for namespace %q allows", [k8s.container_label(c), c.container.image, repository, _policy_word, namespace])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.image", [c.path])}} if {
	some c in k8s.containers
	images.is_image(c.container.image)
	repository := images.parse(c.container.image).repository
	denying := sort([r.written | some r in _deciding(repository); r.effect == "deny"])
	count(denying) > 0
	msg := sprintf("%s uses image %q (%s), denied by the pattern %q for namespace %q", [k8s.container_label(c), c.container.image, repository, denying[0], namespace])
}
