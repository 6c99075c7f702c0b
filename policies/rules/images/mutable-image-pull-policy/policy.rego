# METADATA
# title: Mutable image pulled with IfNotPresent or Never
# description: >-
#   Kubernetes defaults imagePullPolicy to Always for an image with the tag latest or no tag (and
#   no digest), and to IfNotPresent otherwise. Setting IfNotPresent or Never explicitly on a
#   mutable image defeats that: each node keeps running whatever it pulled first, so replicas
#   drift apart and a fixed image never reaches nodes that cached the old one. It also lets any
#   pod on a node use a private image another pod pulled there, without pull credentials.
# custom:
#   id: mutable-image-pull-policy
#   severity: low
#   category: images
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Pin the image to a version or digest (then IfNotPresent is right), or set imagePullPolicy
#     to Always (or remove it) for images that must float.
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       mutable_tags:
#         description: Tags treated as mutable (compared case-insensitively); an image with no tag and no digest is always mutable.
#         type: array
#         items: {type: string}
#         default: [latest]
package kubeward.rules.images.mutable_image_pull_policy

import data.kubeward.lib.images
import data.kubeward.lib.k8s

mutable_tags := {lower(t) | some t in object.get(input, ["parameters", "mutable_tags"], ["latest"])}

_mutable(ref) if ref.tag == ""

_mutable(ref) if lower(ref.tag) in mutable_tags

violation contains {"msg": msg, "details": {"path": sprintf("%s.imagePullPolicy", [c.path])}} if {
	some c in k8s.containers
	images.is_image(c.container.image)
	c.container.imagePullPolicy in {"IfNotPresent", "Never"}
	ref := images.parse(c.container.image)
	ref.digest == ""
	_mutable(ref)
	msg := sprintf("%s pulls the mutable image %q with imagePullPolicy %s: nodes keep whatever version they pulled first", [k8s.container_label(c), c.container.image, c.container.imagePullPolicy])
}
