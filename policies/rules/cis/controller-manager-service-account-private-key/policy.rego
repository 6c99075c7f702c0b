# METADATA
# title: Controller manager has no service account signing key
# description: >-
#   --service-account-private-key-file is the key the kube-controller-manager signs service account
#   token Secrets with; it must be the private half of a key the API server verifies with --service-
#   account-key-file.
# custom:
#   id: controller-manager-service-account-private-key
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.3.4", "NSA:authentication-authorization"]
#   remediation: >-
#     Set `--service-account-private-key-file` (kubeadm: `/etc/kubernetes/pki/sa.key`).
package kubeward.rules.cis.controller_manager_service_account_private_key

import data.kubeward.lib.flags

_required := ["service-account-private-key-file"]

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-controller-manager")
	some name in _required
	not flags.is_set(r, name)
	msg := sprintf("%s does not set --%s: legacy service account token Secrets cannot be signed with a dedicated rotatable key", [flags.label(r), name])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-controller-manager")
	some name in _required
	f := flags.flag(r, name)
	trim_space(f.value) == ""
	msg := sprintf("%s sets --%s to an empty value: legacy service account token Secrets cannot be signed with a dedicated rotatable key", [flags.label(r), name])
}
