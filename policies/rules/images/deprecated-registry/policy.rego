# METADATA
# title: Images from a deprecated registry
# description: >-
#   k8s.gcr.io (and the older gcr.io/google_containers) were frozen in April 2023: the Kubernetes
#   project publishes new images, security fixes included, only to registry.k8s.io, and the old
#   registry is being shut down, so images there are stale today and unpullable tomorrow. The
#   registry map is a parameter, so other retired registries can be added.
# custom:
#   id: deprecated-registry
#   severity: medium
#   category: images
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Pull the image from its replacement registry (k8s.gcr.io/pause:3.9 becomes
#     registry.k8s.io/pause:3.9) and upgrade to a current version.
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       registries:
#         description: Deprecated registry prefixes (host, or host/path) and their replacements.
#         type: array
#         items:
#           type: object
#           required: [prefix, replacement]
#           properties:
#             prefix: {type: string}
#             replacement: {type: string}
#         default:
#           - {prefix: k8s.gcr.io, replacement: registry.k8s.io}
#           - {prefix: gcr.io/google_containers, replacement: registry.k8s.io}
#           - {prefix: gcr.io/google-containers, replacement: registry.k8s.io}
#           - {prefix: us.gcr.io/k8s-artifacts-prod, replacement: registry.k8s.io}
#           - {prefix: eu.gcr.io/k8s-artifacts-prod, replacement: registry.k8s.io}
#           - {prefix: asia.gcr.io/k8s-artifacts-prod, replacement: registry.k8s.io}
package kubeward.rules.images.deprecated_registry

import data.kubeward.lib.images
import data.kubeward.lib.k8s

default_registries := [
	{"prefix": "k8s.gcr.io", "replacement": "registry.k8s.io"},
	{"prefix": "gcr.io/google_containers", "replacement": "registry.k8s.io"},
	{"prefix": "gcr.io/google-containers", "replacement": "registry.k8s.io"},
	{"prefix": "us.gcr.io/k8s-artifacts-prod", "replacement": "registry.k8s.io"},
	{"prefix": "eu.gcr.io/k8s-artifacts-prod", "replacement": "registry.k8s.io"},
	{"prefix": "asia.gcr.io/k8s-artifacts-prod", "replacement": "registry.k8s.io"},
]

violation contains {"msg": msg, "details": {"path": sprintf("%s.image", [c.path])}} if {
	some c in k8s.containers
	images.is_image(c.container.image)
	some r in object.get(input, ["parameters", "registries"], default_registries)
	startswith(c.container.image, concat("", [r.prefix, "/"]))
	suggested := concat("", [r.replacement, substring(c.container.image, count(r.prefix), -1)])
	msg := sprintf("%s pulls %q from the deprecated registry %s; use %q", [k8s.container_label(c), c.container.image, r.prefix, suggested])
}
