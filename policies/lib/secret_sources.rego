# The sanctioned ways a Secret reaches a pod without its value being committed: External Secrets
# Operator (ExternalSecret, SecretStore, ClusterSecretStore), Bitnami Sealed Secrets
# (SealedSecret), the Secrets Store CSI driver (SecretProviderClass and its synced Secrets),
# cert-manager (Certificate issues its Secret) and the Vault Agent injector (pod annotations).
# Objects are looked up among the scanned objects (data.inventory), in the reviewed object's
# namespace, so rules decide per workload and per Secret.
package kubeward.lib.secret_sources

import data.kubeward.lib.k8s
import data.kubeward.lib.secrets

# external-secrets.io served v1beta1 until v0.16 and serves v1 since; manifests in the wild use both.
eso_versions := ["external-secrets.io/v1", "external-secrets.io/v1beta1"]

# The Secrets Store CSI driver's CRD group: v1 since driver v1.0, v1alpha1 before.
csi_versions := ["secrets-store.csi.x-k8s.io/v1", "secrets-store.csi.x-k8s.io/v1alpha1"]

csi_driver := "secrets-store.csi.k8s.io"

# A name field that is set: a non-empty string.
_name(x) := x if {
	is_string(x)
	x != ""
}

# Objects of a kind in the reviewed namespace, under any of the given apiVersions.
namespaced(versions, kind) := [o |
	some gv in versions
	some o in data.inventory.namespace[secrets.namespace][gv][kind]
]

# Every Secret name that something other than a committed manifest produces in the reviewed
# namespace, with what produces it. An ExternalSecret writes spec.target.name (default: its own
# name) unless creationPolicy is None; a SealedSecret unseals into a Secret of its own name; a
# SecretProviderClass syncs spec.secretObjects[].secretName while a pod mounts it; a cert-manager
# Certificate writes spec.secretName.
producers contains {"name": name, "by": sprintf("ExternalSecret %q", [es.metadata.name])} if {
	some es in namespaced(eso_versions, "ExternalSecret")
	object.get(es, ["spec", "target", "creationPolicy"], "Owner") != "None"
	name := _target_name(es)
}

producers contains {"name": ss.metadata.name, "by": sprintf("SealedSecret %q", [ss.metadata.name])} if {
	some ss in namespaced(["bitnami.com/v1alpha1"], "SealedSecret")
}

producers contains {"name": name, "by": sprintf("SecretProviderClass %q", [spc.metadata.name])} if {
	some spc in namespaced(csi_versions, "SecretProviderClass")
	some so in spc.spec.secretObjects
	name := _name(so.secretName)
}

producers contains {"name": name, "by": sprintf("Certificate %q", [cert.metadata.name])} if {
	some cert in namespaced(["cert-manager.io/v1"], "Certificate")
	name := _name(cert.spec.secretName)
}

_target_name(es) := name if {
	name := _name(es.spec.target.name)
} else := es.metadata.name

# What produces the Secret of this name in the reviewed namespace, sorted; empty when nothing does.
produced_by(name) := sort([p.by | some p in producers; p.name == name])

# Vault Agent injector: the injector reads its boolean annotations with Go's strconv.ParseBool.
vault_true := {"true", "1", "t", "T", "TRUE", "True"}

vault_prefix := "vault.hashicorp.com/"

vault_annotations := object.get(k8s.pod_metadata, "annotations", {})

vault_injected if vault_annotations["vault.hashicorp.com/agent-inject"] in vault_true

# The secrets the agent renders: one per agent-inject-secret-<name> annotation.
vault_secrets contains name if {
	vault_injected
	some key, _ in vault_annotations
	startswith(key, "vault.hashicorp.com/agent-inject-secret-")
	name := substring(key, count("vault.hashicorp.com/agent-inject-secret-"), -1)
	name != ""
}
