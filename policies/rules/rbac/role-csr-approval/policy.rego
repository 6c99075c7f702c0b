# METADATA
# title: Roles that approve certificate signing requests
# description: >-
#   update or patch on certificatesigningrequests/approval (certificates.k8s.io) approves
#   CSRs; together with approve on a signer (for example kubernetes.io/kube-apiserver-client)
#   a subject can issue itself a client certificate for any user or group, system:masters
#   included.
# custom:
#   id: role-csr-approval
#   severity: high
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["CIS:5.1.11", "NSA:authentication-authorization"]
#   remediation: >-
#     Leave CSR approval to the controller-manager's approvers; remove
#     certificatesigningrequests/approval from other roles.
package kubeward.rules.rbac.role_csr_approval

import data.kubeward.lib.rbac

violation contains f if {
	some f in rbac.role_findings(input.review.object, "csr-approve")
}
