# METADATA
# title: Images without the required signatures
# description: >-
#   A signature ties an image digest to the key of whoever built or approved it; requiring one
#   makes a registry compromise or a typo-squatted image fail instead of run. Signature policy is
#   data: each policy names repository patterns and the key ids that must all have signed (an
#   empty list means "at least one signature by any key"); the most specific matching pattern
#   decides, as in trusted-registries, and images no pattern matches need no signature.
#   Attestations are not fetched at scan time (no network): they are read from
#   data.kubeward.external.signatures, keyed by image reference (as written, or normalised) or by
#   digest, each a list of {"keyid": ...}, which kubeward scan --signatures FILE loads (for
#   example from cosign verify output). Without that data every image the policy covers is reported.
# custom:
#   id: image-signature-required
#   severity: high
#   category: images
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["NSA:pod-security", "MITRE:T1525"]
#   remediation: >-
#     Sign the image digest with the required keys (cosign sign --key ...), verify it in CI, and
#     pass the verified attestations with kubeward scan --signatures FILE; pin the image by digest.
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       policies:
#         description: Signature requirements per repository pattern.
#         type: array
#         items:
#           type: object
#           additionalProperties: false
#           required: [repositories]
#           properties:
#             repositories: {type: array, items: {type: string}, description: 'Repository patterns (registry/path, * wildcard).'}
#             keyids: {type: array, items: {type: string}, description: Key ids that must all have signed; empty means any one signature.}
#         default:
#           - repositories: ["*"]
#             keyids: []
package kubeward.rules.images.image_signature_required

import data.kubeward.lib.images
import data.kubeward.lib.k8s
import data.kubeward.lib.signatures

default_policies := [{"repositories": ["*"], "keyids": []}]

_entries := [{"pattern": images.normalize_pattern(pattern), "written": pattern, "keyids": object.get(p, "keyids", [])} |
	some p in object.get(input, ["parameters", "policies"], default_policies)
	some pattern in p.repositories
]

_matches(repository) := [e | some e in _entries; images.glob_match(e.pattern, repository)]

# The deciding entries: those with the most specific matching pattern (merged when tied).
_deciding(repository) := [e |
	some e in _matches(repository)
	images.specificity(e.pattern) == max({images.specificity(m.pattern) | some m in _matches(repository)})
]

_signers(image) := signatures.signers(image)

violation contains {"msg": msg, "details": {"path": sprintf("%s.image", [c.path])}} if {
	some c in k8s.containers
	images.is_image(c.container.image)
	deciding := _deciding(images.parse(c.container.image).repository)
	count(deciding) > 0
	required := {k | some e in deciding; some k in e.keyids}
	count(required) == 0
	count(_signers(c.container.image)) == 0
	msg := sprintf("%s uses image %q, which has no signature (required by the pattern %q)", [k8s.container_label(c), c.container.image, sort([e.written | some e in deciding])[0]])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.image", [c.path])}} if {
	some c in k8s.containers
	images.is_image(c.container.image)
	deciding := _deciding(images.parse(c.container.image).repository)
	required := {k | some e in deciding; some k in e.keyids}
	missing := sort(required - _signers(c.container.image))
	count(missing) > 0
	msg := sprintf("%s uses image %q, which is not signed by the required key(s) %s (pattern %q)", [k8s.container_label(c), c.container.image, concat(", ", missing), sort([e.written | some e in deciding])[0]])
}
