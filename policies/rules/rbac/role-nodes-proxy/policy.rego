# METADATA
# title: Roles with access to nodes/proxy
# description: >-
#   Any verb on the nodes/proxy subresource reaches the kubelet API of every node through the
#   API server: get alone is enough to run commands in any pod on the node through the
#   kubelet's exec endpoint, and those calls escape the API server's audit of pods/exec.
# custom:
#   id: role-nodes-proxy
#   severity: high
#   category: rbac
#   kinds: [Role, ClusterRole]
#   controls: ["CIS:5.1.10", "NSA:authentication-authorization", "MITRE:T1609"]
#   remediation: >-
#     Remove nodes/proxy; monitoring agents that need kubelet metrics can use nodes/metrics or
#     nodes/stats instead.
package kubeward.rules.rbac.role_nodes_proxy

import data.kubeward.lib.rbac

violation contains f if {
	some f in rbac.role_findings(input.review.object, "nodes-proxy")
}
