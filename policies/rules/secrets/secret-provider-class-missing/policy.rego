# METADATA
# title: Secrets Store CSI volumes naming a SecretProviderClass that does not exist
# description: >-
#   A csi volume with the driver secrets-store.csi.k8s.io mounts secrets from an external store
#   (Vault, AWS, Azure, GCP) as described by the SecretProviderClass named in
#   volumeAttributes.secretProviderClass, which must exist in the pod's namespace. Without it the
#   volume never mounts and the pod stays in ContainerCreating. Cross-resource: the class is
#   looked up among the scanned objects (secrets-store.csi.x-k8s.io v1 and v1alpha1); a volume
#   naming no class at all is reported too.
# custom:
#   id: secret-provider-class-missing
#   severity: low
#   category: secrets
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     Fix volumeAttributes.secretProviderClass, or add the SecretProviderClass to the workload's
#     namespace in the same manifests.
package kubeward.rules.secrets.secret_provider_class_missing

import data.kubeward.lib.k8s
import data.kubeward.lib.secret_sources
import data.kubeward.lib.secrets

_csi_volumes contains v if {
	some v in k8s.volumes
	v.volume.csi.driver == secret_sources.csi_driver
}

_exists(name) if {
	some spc in secret_sources.namespaced(secret_sources.csi_versions, "SecretProviderClass")
	spc.metadata.name == name
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.csi.volumeAttributes.secretProviderClass", [v.path])}} if {
	some v in _csi_volumes
	name := v.volume.csi.volumeAttributes.secretProviderClass
	is_string(name)
	name != ""
	not _exists(name)
	msg := sprintf("volume %q mounts SecretProviderClass %q, which is not in namespace %q of the scanned objects", [v.volume.name, name, secrets.namespace])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.csi", [v.path])}} if {
	some v in _csi_volumes
	not _named(v.volume.csi)
	msg := sprintf("volume %q uses the Secrets Store CSI driver without volumeAttributes.secretProviderClass", [v.volume.name])
}

_named(csi) if {
	is_string(csi.volumeAttributes.secretProviderClass)
	csi.volumeAttributes.secretProviderClass != ""
}
