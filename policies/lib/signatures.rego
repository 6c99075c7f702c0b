# METADATA
# description: >-
#   Verified image signatures supplied from outside the manifests (kubeward scan --signatures FILE,
#   read as data.kubeward.external.signatures). Kept apart from lib/images so that the image rules
#   which need no signature data also run where no such data exists (Gatekeeper templates).
package kubeward.lib.signatures

import data.kubeward.lib.images

# Every name a signature attestation may be filed under in data.kubeward.external.signatures: the
# image as written, its normalised form, and its digest alone and with the repository.
_attestation_keys(image) := {image, images.normalized(image)} | _digest_keys(images.parse(image))

_digest_keys(ref) := {ref.digest, concat("@", [ref.repository, ref.digest])} if ref.digest != ""

_digest_keys(ref) := set() if ref.digest == ""

# The key ids of the verified signatures supplied for an image (kubeward scan --signatures FILE).
signers(image) := {a.keyid |
	some key in _attestation_keys(image)
	some a in data.kubeward.external.signatures[key]
	is_string(a.keyid)
}

# Whether signature data was supplied at all (without it, nothing can be verified).
supplied if _ = data.kubeward.external.signatures
