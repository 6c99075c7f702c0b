# METADATA
# title: Missing or invalid image reference
# description: >-
#   An image reference must follow the distribution reference grammar: lower-case repository
#   path components, an optional registry host (with port), a tag of at most 128 characters from
#   [A-Za-z0-9_.-], an optional algorithm:hex digest. Anything else (upper case, spaces, an empty
#   tag, an unrendered template placeholder, a truncated digest) fails at pull time with
#   InvalidImageName, or worse, is read differently than its author meant. A container with no
#   image at all is reported too.
# custom:
#   id: invalid-image-reference
#   severity: medium
#   category: images
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Write the image as [registry[:port]/]path[:tag][@sha256:digest] with a lower-case path, and
#     make sure templating tools rendered every placeholder.
package kubeward.rules.images.invalid_image_reference

import data.kubeward.lib.images
import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": sprintf("%s.image", [c.path])}} if {
	some c in k8s.containers
	not images.is_image(object.get(c.container, "image", null))
	msg := sprintf("%s has no image", [k8s.container_label(c)])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.image", [c.path])}} if {
	some c in k8s.containers
	images.is_image(c.container.image)
	not images.valid_reference(c.container.image)
	msg := sprintf("%s has the invalid image reference %q", [k8s.container_label(c), c.container.image])
}
