# METADATA
# title: Images with a mutable tag (latest or no tag)
# description: >-
#   An image referenced without a tag means ":latest", and "latest" (like any tag the publisher
#   moves on purpose) names whatever was pushed last. Two nodes can run different code under the
#   same pod spec, a rollback does not roll back, and a compromised registry account changes what
#   runs at the next pull. Images pinned by digest are never reported. The list of mutable tags
#   is a parameter.
# custom:
#   id: image-mutable-tag
#   severity: medium
#   category: images
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Reference a specific, immutable version (nginx:1.27.3), ideally with its digest
#     (nginx:1.27.3@sha256:...).
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       mutable_tags:
#         description: Tags treated as mutable (compared case-insensitively); an image with no tag and no digest is always mutable.
#         type: array
#         items: {type: string}
#         default: [latest]
package kubeward.rules.images.image_mutable_tag

import data.kubeward.lib.images
import data.kubeward.lib.k8s

mutable_tags := {lower(t) | some t in object.get(input, ["parameters", "mutable_tags"], ["latest"])}

violation contains {"msg": msg, "details": {"path": sprintf("%s.image", [c.path])}} if {
	some c in k8s.containers
	images.is_image(c.container.image)
	ref := images.parse(c.container.image)
	ref.digest == ""
	ref.tag == ""
	msg := sprintf("%s uses image %q without a tag, which means the mutable tag \"latest\"", [k8s.container_label(c), c.container.image])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.image", [c.path])}} if {
	some c in k8s.containers
	images.is_image(c.container.image)
	ref := images.parse(c.container.image)
	ref.digest == ""
	lower(ref.tag) in mutable_tags
	msg := sprintf("%s uses image %q with the mutable tag %q", [k8s.container_label(c), c.container.image, ref.tag])
}
