# METADATA
# title: ExternalSecrets pointing at a store that does not exist
# description: >-
#   An External Secrets Operator ExternalSecret reads from the SecretStore (same namespace) or
#   ClusterSecretStore named by spec.secretStoreRef, or by a per-entry sourceRef.storeRef in
#   spec.data and spec.dataFrom. A reference to a store that does not exist never syncs: the
#   target Secret is never created (or goes stale), and the workloads that use it fail to start
#   or run on old credentials. Cross-resource: stores are looked up among the scanned objects
#   (external-secrets.io v1 and v1beta1); exclude the rule where stores are managed elsewhere.
# custom:
#   id: external-secret-store-missing
#   severity: low
#   category: secrets
#   kinds: [ExternalSecret]
#   controls: []
#   remediation: >-
#     Fix the store name or kind in secretStoreRef (kind defaults to SecretStore, which must be in
#     the ExternalSecret's namespace), or add the SecretStore / ClusterSecretStore to the manifests.
package kubeward.rules.secrets.external_secret_store_missing

import data.kubeward.lib.k8s
import data.kubeward.lib.secret_sources
import data.kubeward.lib.secrets

# Every store reference with the path of its name field.
_refs contains {"ref": k8s.resource.spec.secretStoreRef, "path": "spec.secretStoreRef.name"}

_refs contains {"ref": entry.sourceRef.storeRef, "path": sprintf("spec.%s[%d].sourceRef.storeRef.name", [field, i])} if {
	some field in ["data", "dataFrom"]
	some i, entry in k8s.resource.spec[field]
}

_kind(ref) := object.get(ref, "kind", "SecretStore")

_exists(ref) if {
	_kind(ref) == "SecretStore"
	some store in secret_sources.namespaced(secret_sources.eso_versions, "SecretStore")
	store.metadata.name == ref.name
}

_exists(ref) if {
	_kind(ref) == "ClusterSecretStore"
	some gv in secret_sources.eso_versions
	_ = data.inventory.cluster[gv].ClusterSecretStore[ref.name]
}

_where(ref) := sprintf("in namespace %q", [secrets.namespace]) if _kind(ref) == "SecretStore"

_where(ref) := "in the cluster" if _kind(ref) != "SecretStore"

violation contains {"msg": msg, "details": {"path": r.path}} if {
	k8s.resource.apiVersion in secret_sources.eso_versions
	some r in _refs
	is_string(r.ref.name)
	r.ref.name != ""
	not _exists(r.ref)
	msg := sprintf("ExternalSecret %q reads from %s %q, which is not among the scanned objects %s", [k8s.resource.metadata.name, _kind(r.ref), r.ref.name, _where(r.ref)])
}
