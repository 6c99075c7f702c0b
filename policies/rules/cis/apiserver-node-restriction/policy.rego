# METADATA
# title: API server does not enable the NodeRestriction admission plugin
# description: >-
#   The NodeRestriction admission plugin limits each kubelet to modifying its own Node object and
#   the pods bound to it, and stops it from setting protected node labels; it is the write-side
#   partner of the Node authorizer.
# custom:
#   id: apiserver-node-restriction
#   severity: high
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.14", "NSA:authentication-authorization"]
#   remediation: >-
#     Add NodeRestriction to `--enable-admission-plugins` (kubeadm enables it by default).
package kubeward.rules.cis.apiserver_node_restriction

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	not flags.is_set(r, "enable-admission-plugins")
	msg := sprintf("%s does not set --enable-admission-plugins, so NodeRestriction is not enabled: without it a kubelet can modify other nodes and pods and set its own node labels", [flags.label(r)])
}

violation contains {"msg": msg, "details": {"path": l.path}} if {
	some r in flags.containers_of("kube-apiserver")
	l := flags.list(r, "enable-admission-plugins")
	not "NodeRestriction" in l.items
	msg := sprintf("%s sets --enable-admission-plugins=%s without NodeRestriction: without it a kubelet can modify other nodes and pods and set its own node labels", [flags.label(r), concat(",", l.items)])
}
