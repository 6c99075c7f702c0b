# METADATA
# title: Roles that port-forward to pods
# description: >-
#   create or get on pods/portforward opens a tunnel from the caller to any port of any pod in
#   scope, past NetworkPolicies and Service exposure decisions.
# custom:
#   id: role-pods-portforward
#   severity: medium
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["NSA:network-separation", "MITRE:T1609"]
#   remediation: >-
#     Remove pods/portforward from roles that do not need it; grant it to humans through an
#     audited role.
package kubeward.rules.rbac.role_pods_portforward

import data.kubeward.lib.rbac

violation contains f if {
	some f in rbac.role_findings(input.review.object, "pods-portforward")
}
