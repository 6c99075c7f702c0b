# METADATA
# title: Roles that write services/status
# description: >-
#   update or patch on services/status sets a LoadBalancer Service's
#   status.loadBalancer.ingress IPs; with CVE-2020-8554 that lets a subject intercept cluster
#   traffic to any IP it names. Normally only the cloud controller manager writes it.
# custom:
#   id: role-services-status-write
#   severity: medium
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     Remove services/status from roles other than the cloud or load-balancer controller's.
package kubeward.rules.rbac.role_services_status_write

import data.kubeward.lib.rbac

violation contains f if {
	some f in rbac.role_findings(input.review.object, "services-status")
}
