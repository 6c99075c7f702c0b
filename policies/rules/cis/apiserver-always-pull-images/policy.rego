# METADATA
# title: API server does not enable the AlwaysPullImages admission plugin
# description: >-
#   Without the AlwaysPullImages admission plugin, a pod can use an image already pulled to a node
#   by another tenant without presenting credentials for it, because the kubelet reuses the cached
#   image.
# custom:
#   id: apiserver-always-pull-images
#   severity: low
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.11"]
#   remediation: >-
#     Add AlwaysPullImages to `--enable-admission-plugins` (or, on Kubernetes 1.33+, enable the
#     kubelet's KubeletEnsureSecretPulledImages feature).
package kubeward.rules.cis.apiserver_always_pull_images

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	not flags.is_set(r, "enable-admission-plugins")
	msg := sprintf("%s does not set --enable-admission-plugins, so AlwaysPullImages is not enabled: pods can run private images already cached on the node without credentials to pull them", [flags.label(r)])
}

violation contains {"msg": msg, "details": {"path": l.path}} if {
	some r in flags.containers_of("kube-apiserver")
	l := flags.list(r, "enable-admission-plugins")
	not "AlwaysPullImages" in l.items
	msg := sprintf("%s sets --enable-admission-plugins=%s without AlwaysPullImages: pods can run private images already cached on the node without credentials to pull them", [flags.label(r), concat(",", l.items)])
}
