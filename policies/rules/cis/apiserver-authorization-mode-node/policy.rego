# METADATA
# title: API server authorization modes do not include Node
# description: >-
#   The Node authorizer limits what each kubelet may read and write to the objects bound to its own
#   node (its pods' Secrets, ConfigMaps, volumes); without it a compromised node's credentials read
#   every Secret the kubelet group can.
# custom:
#   id: apiserver-authorization-mode-node
#   severity: high
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.7", "NSA:authentication-authorization"]
#   remediation: >-
#     Set `--authorization-mode=Node,RBAC` (and enable the NodeRestriction admission plugin).
package kubeward.rules.cis.apiserver_authorization_mode_node

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	not flags.is_set(r, "authorization-mode")
	not flags.is_set(r, "authorization-config")
	msg := sprintf("%s does not set --authorization-mode, which defaults to AlwaysAllow: the Node authorizer is what restricts each kubelet to the objects of its own pods", [flags.label(r)])
}

violation contains {"msg": msg, "details": {"path": l.path}} if {
	some r in flags.containers_of("kube-apiserver")
	l := flags.list(r, "authorization-mode")
	not "Node" in l.items
	msg := sprintf("%s sets --authorization-mode=%s without Node: the Node authorizer is what restricts each kubelet to the objects of its own pods", [flags.label(r), concat(",", l.items)])
}
