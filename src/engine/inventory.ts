// Gatekeeper's `data.inventory` layout, so cross-resource rules (unique ingress hosts, a Service's
// selector matching no Pod, ...) read scanned objects exactly as they read Gatekeeper's synced cache.
import type { Document, KubeObject } from "../types.ts";

/**
 * Built-in and common add-on kinds that are cluster-scoped. A scan has no API server to ask for
 * discovery, so scope comes from this table; anything else is namespaced, as most kinds are
 * (including every unknown custom resource — the safer guess for namespace-scoped rules).
 */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  // core/v1
  "Namespace",
  "Node",
  "PersistentVolume",
  "ComponentStatus",
  // rbac, auth
  "ClusterRole",
  "ClusterRoleBinding",
  "SelfSubjectReview",
  "SelfSubjectAccessReview",
  "SelfSubjectRulesReview",
  "SubjectAccessReview",
  "TokenReview",
  // apiextensions, apiregistration
  "CustomResourceDefinition",
  "APIService",
  // storage
  "StorageClass",
  "CSIDriver",
  "CSINode",
  "VolumeAttachment",
  "VolumeAttributesClass",
  // scheduling, node, networking
  "PriorityClass",
  "RuntimeClass",
  "IngressClass",
  "IPAddress",
  "ServiceCIDR",
  // admission
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "MutatingAdmissionPolicy",
  "MutatingAdmissionPolicyBinding",
  // certificates, flowcontrol, policy (removed but still found in old manifests)
  "CertificateSigningRequest",
  "ClusterTrustBundle",
  "FlowSchema",
  "PriorityLevelConfiguration",
  "PodSecurityPolicy",
  // resource (DRA)
  "DeviceClass",
  "ResourceSlice",
  // common add-ons
  "ClusterIssuer", // cert-manager
  "ConstraintTemplate", // gatekeeper
  "ClusterPolicy", // kyverno
  "ClusterPolicyReport", // wg-policy
  "ClusterSecretStore", // external-secrets
  "ClusterImagePolicy", // portieris
  "GatewayClass", // gateway-api
  "GlobalNetworkPolicy", // calico
  "StagedGlobalNetworkPolicy", // calico
  "GlobalNetworkSet", // calico
  "HostEndpoint", // calico
  "Tier", // calico
  "CiliumClusterwideNetworkPolicy", // cilium
  "CiliumNode", // cilium
]);

/** Whether objects of `kind` live in a namespace. */
export function isNamespaced(kind: string): boolean {
  return !CLUSTER_SCOPED_KINDS.has(kind);
}

/**
 * The namespace the API server would put a namespaced object in. Without metadata.namespace,
 * `kubectl apply -f` (no `-n`, default context) creates it in `default`, so rules and the
 * inventory see it there. Cluster-scoped objects have none.
 */
export function effectiveNamespace(object: KubeObject): string | undefined {
  if (!isNamespaced(object.kind)) return undefined;
  const ns = object.metadata?.namespace;
  return typeof ns === "string" && ns !== "" ? ns : "default";
}

export interface Inventory {
  cluster: Record<string, Record<string, Record<string, KubeObject>>>;
  namespace: Record<string, Record<string, Record<string, Record<string, KubeObject>>>>;
}

/**
 * `inventory.cluster[apiVersion][kind][name]` and `inventory.namespace[ns][apiVersion][kind][name]`.
 * Objects without a name cannot be addressed and are left out; a later object with the same
 * identity replaces an earlier one, as a later `kubectl apply` would.
 */
export function buildInventory(documents: readonly Pick<Document, "object">[]): Inventory {
  const inventory: Inventory = { cluster: {}, namespace: {} };
  for (const doc of documents) {
    const { object } = doc;
    const name = object.metadata?.name;
    if (typeof name !== "string" || name === "" || !object.apiVersion || !object.kind) continue;
    const ns = effectiveNamespace(object);
    const byGv = ns === undefined ? inventory.cluster : (inventory.namespace[ns] ??= {});
    const byKind = (byGv[object.apiVersion] ??= {});
    (byKind[object.kind] ??= {})[name] = object;
  }
  return inventory;
}
