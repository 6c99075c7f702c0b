# METADATA
# title: API server enables the AlwaysAdmit admission plugin
# description: >-
#   The AlwaysAdmit admission plugin admits every request without looking at it; it is deprecated
#   and has no legitimate production use.
# custom:
#   id: apiserver-always-admit
#   severity: high
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.10"]
#   remediation: >-
#     Remove AlwaysAdmit from `--enable-admission-plugins`.
package kubeward.rules.cis.apiserver_always_admit

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": l.path}} if {
	some r in flags.containers_of("kube-apiserver")
	l := flags.list(r, "enable-admission-plugins")
	"AlwaysAdmit" in l.items
	msg := sprintf("%s enables AlwaysAdmit in --enable-admission-plugins=%s: AlwaysAdmit admits every request and is deprecated", [flags.label(r), concat(",", l.items)])
}
