# METADATA
# title: API server disables the ServiceAccount admission plugin
# description: >-
#   The ServiceAccount admission plugin (on by default) assigns pods a service account, checks that
#   it exists and mounts its token through a projected volume; disabling it breaks that contract.
# custom:
#   id: apiserver-service-account-plugin
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.12"]
#   remediation: >-
#     Remove ServiceAccount from `--disable-admission-plugins`.
package kubeward.rules.cis.apiserver_service_account_plugin

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": l.path}} if {
	some r in flags.containers_of("kube-apiserver")
	l := flags.list(r, "disable-admission-plugins")
	"ServiceAccount" in l.items
	msg := sprintf("%s disables ServiceAccount in --disable-admission-plugins=%s: the ServiceAccount plugin assigns and validates service accounts of pods", [flags.label(r), concat(",", l.items)])
}
