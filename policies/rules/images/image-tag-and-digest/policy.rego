# METADATA
# title: Image with both a tag and a digest
# description: >-
#   When an image reference has both a tag and a digest (nginx:1.27@sha256:...), the runtime pulls
#   by digest and ignores the tag. That is the recommended way to pin, and fine while both agree;
#   but nothing checks that they do, so a reader (or a tool that bumps tags) may believe version
#   1.27 runs when the digest points elsewhere. This informational rule lists such references so
#   they can be verified, e.g. by the tool that writes them.
# custom:
#   id: image-tag-and-digest
#   severity: info
#   category: images
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Let one tool write both parts (crane, kustomize images, Renovate's pinDigests) so they cannot
#     diverge, or drop the tag.
package kubeward.rules.images.image_tag_and_digest

import data.kubeward.lib.images
import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": sprintf("%s.image", [c.path])}} if {
	some c in k8s.containers
	images.is_image(c.container.image)
	ref := images.parse(c.container.image)
	ref.tag != ""
	ref.digest != ""
	msg := sprintf("%s pins image %q by digest; its tag %q is ignored by the runtime and not verified", [k8s.container_label(c), c.container.image, ref.tag])
}
