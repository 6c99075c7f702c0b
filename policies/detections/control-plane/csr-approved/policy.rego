# METADATA
# title: CertificateSigningRequest approved by a person
# description: >-
#   A CertificateSigningRequest was approved (certificatesigningrequests/approval) by an
#   identity other than the controller manager. An approved CSR for the kube-apiserver-client
#   signer is a client certificate: a credential that cannot be revoked before it expires.
# custom:
#   id: csr-approved
#   severity: medium
#   category: control-plane
#   kinds: [Event]
#   controls: ["NSA:authentication-authorization", "NSA:audit-logging"]
#   remediation: >-
#     Check the CSR's signer, subject and groups (kubectl get csr NAME -o yaml); if unexpected,
#     remove RBAC bindings of its subject, since the certificate itself cannot be revoked.
package kubeward.detections.control_plane.csr_approved

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username, "csr": audit.name}} if {
	audit.resource == "certificatesigningrequests"
	audit.subresource == "approval"
	audit.verb in {"update", "patch"}
	audit.succeeded
	not audit.system_component
	msg := sprintf("user %s approved CertificateSigningRequest %q%s", [audit.user_label, audit.name, _signer])
}

_signer := sprintf(" for signer %s", [s]) if {
	s := input.requestObject.spec.signerName
} else := ""
