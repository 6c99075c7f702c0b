# METADATA
# title: ServiceAccounts that auto-mount their token
# description: >-
#   A ServiceAccount without automountServiceAccountToken false has its API token mounted into
#   every pod that uses it and does not opt out itself. Opting out on the ServiceAccount makes
#   the safe choice the default for all its pods; pods that need the API can opt back in.
# custom:
#   id: service-account-automount-token
#   severity: low
#   category: secrets
#   kinds: [ServiceAccount]
#   controls: ["CIS:5.1.6", "NSA:pod-security", "MITRE:T1528"]
#   remediation: >-
#     Set automountServiceAccountToken false on the ServiceAccount and set it true only in the pod
#     specs that call the Kubernetes API.
package kubeward.rules.secrets.service_account_automount_token

import data.kubeward.lib.k8s

violation contains {"msg": msg, "details": {"path": "automountServiceAccountToken"}} if {
	not k8s.resource.automountServiceAccountToken == false
	msg := sprintf("ServiceAccount %q auto-mounts its API token into every pod that uses it (automountServiceAccountToken is not false)", [k8s.resource.metadata.name])
}
