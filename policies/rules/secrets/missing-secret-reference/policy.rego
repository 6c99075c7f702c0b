# METADATA
# title: References to Secrets missing from the scanned set
# description: >-
#   A pod that references a Secret (env valueFrom.secretKeyRef, envFrom.secretRef, a secret
#   volume or a projected secret source) that does not exist fails to start
#   (CreateContainerConfigError, or a volume that never mounts) unless the reference is marked
#   optional. Cross-resource: the Secret is looked up among the objects scanned together (one
#   file, directory or cluster dump), in the workload's namespace. Only meaningful when the
#   Secrets are part of the scanned set; where they are created out of band, exclude this rule.
#   A Secret produced by an ExternalSecret, SealedSecret, SecretProviderClass (secretObjects) or
#   cert-manager Certificate among the scanned objects counts as present.
# custom:
#   id: missing-secret-reference
#   severity: low
#   category: secrets
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Create the Secret alongside the workload (or fix the name), or mark the reference
#     optional: true if the workload runs without it.
package kubeward.rules.secrets.missing_secret_reference

import data.kubeward.lib.secret_sources
import data.kubeward.lib.secrets

# A Secret that an ExternalSecret, SealedSecret, SecretProviderClass or Certificate among the
# scanned objects produces exists once its controller has run: not missing.
violation contains {"msg": msg, "details": {"path": r.path}} if {
	some r in secrets.dangling("Secret")
	count(secret_sources.produced_by(r.name)) == 0
	msg := sprintf("%s references Secret %q, which is not in namespace %q of the scanned objects", [r.what, r.name, secrets.namespace])
}
