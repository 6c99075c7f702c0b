// Which kinds a cluster scan lists: those the enabled rules judge (their METADATA `kinds`) plus
// those cross-resource rules read from data.inventory. The second list cannot come from METADATA;
// test/unit/kube/kinds.test.ts reads policies/ for `data.inventory…[Kind]` and `objects(ns, "Kind")`
// and fails when a rule starts reading a kind this list lacks.
import { KubewardError } from "../../errors.ts";
import type { ApiResource } from "./discovery.ts";

export const INVENTORY_KINDS: readonly string[] = [
  "Namespace",
  "ServiceAccount",
  "Role",
  "RoleBinding",
  "ClusterRole",
  "ClusterRoleBinding",
  "Service",
  "Ingress",
  "HTTPRoute",
  "GRPCRoute",
  "TLSRoute",
  "NetworkPolicy",
  "AuthorizationPolicy",
  "HorizontalPodAutoscaler",
  "PodDisruptionBudget",
  "LimitRange",
  "ConfigMap",
  "Secret",
  // Pod owners: workloads.pod_owners reads every pod-running kind of a namespace.
  "Pod",
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "ReplicationController",
  "Job",
  "CronJob",
  // Systems people run beside Kubernetes' own objects (docs/network-mesh.md, docs/rules.md):
  // Cilium and Calico policies count as network coverage, Istio's mTLS is per workload,
  // Portieris policies are the trusted-registry policy, ESO stores must exist.
  "CiliumNetworkPolicy",
  "CiliumClusterwideNetworkPolicy",
  "GlobalNetworkPolicy",
  "PeerAuthentication",
  "ImagePolicy",
  "ClusterImagePolicy",
  "ClusterSecretStore",
];

export interface KindSelection {
  resources: ApiResource[];
  /** Kinds asked for by name in --kinds that the server does not serve as a listable kind. */
  unknown: string[];
}

/**
 * `--kinds` entries (comma-separated, repeatable): `Pod,Deployment` lists exactly those; `+Kind`
 * adds to the default set; `-Kind` removes from it; `*` lists every listable kind. Names match a
 * kind (`Deployment`) or its resource (`deployments`), case-insensitively.
 */
export function selectKinds(available: readonly ApiResource[], defaults: Iterable<string>, spec: readonly string[] = []): KindSelection {
  const entries = spec.flatMap((s) => s.split(",")).map((s) => s.trim()).filter((s) => s !== "");
  const exact = entries.filter((e) => !e.startsWith("+") && !e.startsWith("-"));
  const all = exact.includes("*");
  const wanted = new Set<string>((exact.length > 0 ? exact.filter((e) => e !== "*") : [...defaults]).map((k) => k.toLowerCase()));
  const removed = new Set<string>();
  for (const e of entries.filter((x) => x.startsWith("+") || x.startsWith("-"))) {
    const name = e.slice(1).toLowerCase();
    if (name === "") throw new KubewardError("usage", `--kinds: "${e}" names no kind`);
    if (e.startsWith("+")) wanted.add(name);
    else if (e.startsWith("-")) removed.add(name);
  }
  const matches = (r: ApiResource, set: Set<string>) => set.has(r.kind.toLowerCase()) || set.has(r.plural.toLowerCase());
  const resources = available.filter((r) => (all || matches(r, wanted)) && !matches(r, removed));
  // Only kinds the user named are worth a warning: the default set names many kinds (CRDs of
  // add-ons, config-file kinds) a given cluster simply does not have.
  const named = entries.filter((e) => e !== "*").map((e) => (e.startsWith("+") || e.startsWith("-") ? e.slice(1) : e));
  const unknown = named.filter((n) => !available.some((r) => r.kind.toLowerCase() === n.toLowerCase() || r.plural.toLowerCase() === n.toLowerCase()));
  return { resources, unknown };
}
