# METADATA
# title: Images without the signatures a Portieris policy requires
# description: >-
#   A Portieris ImagePolicy or ClusterImagePolicy repository entry with policy.trust.enabled
#   (Docker Content Trust / Notary) or a policy.simple "signedBy" requirement admits an image only
#   when it carries a valid signature. kubeward does not fetch signatures at scan time: it checks
#   the verified attestations given with kubeward scan --signatures FILE
#   (data.kubeward.external.signatures), where trust.signerSecrets[].name and each signedBy
#   keySecret name the keyid that must have signed (none named: any one signature). The entry that
#   decides is the most specific matching one of the pod's namespace's ImagePolicies, else of the
#   ClusterImagePolicies. Without --signatures this rule stays silent and
#   portieris-signature-unverified reports the requirement instead.
# custom:
#   id: portieris-signature-required
#   severity: high
#   category: images
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["NSA:pod-security", "MITRE:T1525"]
#   remediation: >-
#     Sign the image with the key the policy names (cosign sign, notation sign, docker trust sign),
#     verify it in CI and pass the verified attestations with kubeward scan --signatures FILE.
package kubeward.rules.images.portieris_signature_required

import data.kubeward.lib.images
import data.kubeward.lib.k8s
import data.kubeward.lib.portieris
import data.kubeward.lib.signatures

violation contains {"msg": msg, "details": {"path": sprintf("%s.image", [c.path])}} if {
	portieris.active
	signatures.supplied
	some c in k8s.containers
	images.is_image(c.container.image)
	req := portieris.signature_requirement(c.container.image)
	count(req.keys) == 0
	count(signatures.signers(c.container.image)) == 0
	msg := sprintf("%s uses image %q, which has no verified signature (required by the pattern %q of %s)", [k8s.container_label(c), c.container.image, req.pattern, req.from])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.image", [c.path])}} if {
	portieris.active
	signatures.supplied
	some c in k8s.containers
	images.is_image(c.container.image)
	req := portieris.signature_requirement(c.container.image)
	missing := sort(req.keys - signatures.signers(c.container.image))
	count(missing) > 0
	msg := sprintf("%s uses image %q, which is not signed by the required key(s) %s (pattern %q of %s)", [k8s.container_label(c), c.container.image, concat(", ", missing), req.pattern, req.from])
}
