# METADATA
# title: Workloads using Secrets that no external store produces
# description: >-
#   CIS 5.4.2 asks to prefer external secret storage over Kubernetes Secrets written by hand. It is
#   decided per workload: a pod that receives secrets only through a sanctioned path (Secrets
#   produced by an External Secrets Operator ExternalSecret, a Bitnami SealedSecret, a Secrets Store
#   CSI SecretProviderClass's secretObjects or a cert-manager Certificate; Secrets Store CSI
#   volumes; Vault Agent injector annotations) is compliant. Each env, envFrom, volume or projected
#   reference to a Secret that nothing among the scanned objects produces in the workload's
#   namespace is reported, since its value was created by hand or committed. Optional references
#   are reported too (they still deliver the value when it exists).
# custom:
#   id: secret-not-from-external-store
#   severity: low
#   category: secrets
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["CIS:5.4.2", "NSA:secrets"]
#   remediation: >-
#     Deliver the Secret from an external store: an ExternalSecret (External Secrets Operator) or a
#     SealedSecret of the same name, a Secrets Store CSI volume, or Vault Agent injector annotations.
package kubeward.rules.secrets.secret_not_from_external_store

import data.kubeward.lib.secret_sources
import data.kubeward.lib.secrets

violation contains {"msg": msg, "details": {"path": r.path}} if {
	some r in secrets.references
	r.kind == "Secret"
	is_string(r.name)
	r.name != ""
	count(secret_sources.produced_by(r.name)) == 0
	msg := sprintf("%s uses Secret %q, which no ExternalSecret, SealedSecret, SecretProviderClass or Certificate in namespace %q produces", [r.what, r.name, secrets.namespace])
}
