# METADATA
# title: References to ConfigMaps missing from the scanned set
# description: >-
#   A pod that references a ConfigMap (env valueFrom.configmapKeyRef, envFrom.configmapRef, a configmap
#   volume or a projected configmap source) that does not exist fails to start
#   (CreateContainerConfigError, or a volume that never mounts) unless the reference is marked
#   optional. Cross-resource: the ConfigMap is looked up among the objects scanned together (one
#   file, directory or cluster dump), in the workload's namespace. Only meaningful when the
#   ConfigMaps are part of the scanned set; where they are created out of band, exclude this rule.
# custom:
#   id: missing-configmap-reference
#   severity: low
#   category: secrets
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Create the ConfigMap alongside the workload (or fix the name), or mark the reference
#     optional: true if the workload runs without it.
package kubeward.rules.secrets.missing_configmap_reference

import data.kubeward.lib.secrets

violation contains {"msg": msg, "details": {"path": r.path}} if {
	some r in secrets.dangling("ConfigMap")
	msg := sprintf("%s references ConfigMap %q, which is not in namespace %q of the scanned objects", [r.what, r.name, secrets.namespace])
}
