# METADATA
# title: API server disables the NamespaceLifecycle admission plugin
# description: >-
#   The NamespaceLifecycle admission plugin (on by default) rejects objects in namespaces that do
#   not exist or are being deleted and prevents deletion of default, kube-system and kube-public.
# custom:
#   id: apiserver-namespace-lifecycle-plugin
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.13"]
#   remediation: >-
#     Remove NamespaceLifecycle from `--disable-admission-plugins`.
package kubeward.rules.cis.apiserver_namespace_lifecycle_plugin

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": l.path}} if {
	some r in flags.containers_of("kube-apiserver")
	l := flags.list(r, "disable-admission-plugins")
	"NamespaceLifecycle" in l.items
	msg := sprintf("%s disables NamespaceLifecycle in --disable-admission-plugins=%s: NamespaceLifecycle stops objects being created in terminating or non-existent namespaces and protects the system namespaces", [flags.label(r), concat(",", l.items)])
}
