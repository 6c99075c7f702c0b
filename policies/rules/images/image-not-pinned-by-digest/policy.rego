# METADATA
# title: Images not pinned by digest
# description: >-
#   A tag, even a versioned one, is a pointer the registry lets its owner move; only a digest
#   (@sha256:...) names exact content. Pinning by digest makes every node run the bytes that were
#   tested and scanned, and turns a tampered registry into a pull failure instead of a silent
#   change. Repositories can be exempted by pattern (for example your own registry, where tags
#   are immutable).
# custom:
#   id: image-not-pinned-by-digest
#   severity: low
#   category: images
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["MITRE:T1525"]
#   remediation: >-
#     Append the digest to the image (registry.example.com/app:1.4.2@sha256:...); tools such as
#     crane digest, skopeo inspect or kustomize's images transformer fill it in.
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       exempt_repositories:
#         description: Repository patterns (registry/path, * matches anything; Docker Hub names normalised) that need no digest.
#         type: array
#         items: {type: string}
#         default: []
package kubeward.rules.images.image_not_pinned_by_digest

import data.kubeward.lib.images
import data.kubeward.lib.k8s

_exempt(repository) if {
	some p in object.get(input, ["parameters", "exempt_repositories"], [])
	images.glob_match(images.normalize_pattern(p), repository)
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.image", [c.path])}} if {
	some c in k8s.containers
	images.is_image(c.container.image)
	ref := images.parse(c.container.image)
	ref.digest == ""
	not _exempt(ref.repository)
	msg := sprintf("%s uses image %q, which is not pinned by digest (@sha256:...)", [k8s.container_label(c), c.container.image])
}
