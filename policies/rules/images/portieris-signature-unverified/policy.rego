# METADATA
# title: Images whose Portieris signature requirement was not verified
# description: >-
#   A Portieris ImagePolicy or ClusterImagePolicy requires a signature for the image
#   (policy.trust.enabled or a policy.simple signedBy requirement), but the scan was given no
#   signature data (kubeward scan --signatures FILE), so kubeward cannot tell whether Portieris
#   will admit it. Reported as information, once per container, so the requirement is visible;
#   with --signatures, portieris-signature-required decides instead.
# custom:
#   id: portieris-signature-unverified
#   severity: info
#   category: images
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Verify the image signatures in CI (cosign verify, notation verify) and pass the verified
#     attestations with kubeward scan --signatures FILE.
package kubeward.rules.images.portieris_signature_unverified

import data.kubeward.lib.images
import data.kubeward.lib.k8s
import data.kubeward.lib.portieris
import data.kubeward.lib.signatures

violation contains {"msg": msg, "details": {"path": sprintf("%s.image", [c.path])}} if {
	portieris.active
	not signatures.supplied
	some c in k8s.containers
	images.is_image(c.container.image)
	req := portieris.signature_requirement(c.container.image)
	msg := sprintf("%s uses image %q, which requires signature verification%s (pattern %q of %s); no --signatures data was given", [k8s.container_label(c), c.container.image, _by(req.keys), req.pattern, req.from])
}

_by(keys) := "" if count(keys) == 0

_by(keys) := sprintf(" by %s", [concat(", ", sort(keys))]) if count(keys) > 0
