# METADATA
# title: Controllers share the controller manager's own credentials
# description: >-
#   With --use-service-account-credentials=true each controller loop of the kube-controller-manager
#   uses its own service account (with its own narrow ClusterRole); otherwise all of them share the
#   controller manager's very broad credentials.
# custom:
#   id: controller-manager-service-account-credentials
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.3.3", "NSA:authentication-authorization"]
#   remediation: >-
#     Set `--use-service-account-credentials=true` (kubeadm does).
package kubeward.rules.cis.controller_manager_service_account_credentials

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-controller-manager")
	not flags.is_set(r, "use-service-account-credentials")
	msg := sprintf("%s does not set --use-service-account-credentials, which defaults to false: every controller then runs with the union of all controllers' rights", [flags.label(r)])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-controller-manager")
	f := flags.flag(r, "use-service-account-credentials")
	not flags.is_true(f.value)
	msg := sprintf("%s sets --use-service-account-credentials=%s: every controller then runs with the union of all controllers' rights", [flags.label(r), f.value])
}
