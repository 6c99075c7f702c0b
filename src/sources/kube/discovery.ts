// API discovery: which kinds the server serves, in which preferred version, namespaced or not, and
// whether they can be listed and watched (/api, /apis, /api/v1, /apis/<group>/<version>).
import { KubeApiError, type KubeClient } from "./client.ts";

export interface ApiResource {
  group: string;
  version: string;
  /** `v1`, `apps/v1`: the objects' apiVersion. */
  groupVersion: string;
  kind: string;
  /** The resource name in URLs (`pods`). */
  plural: string;
  namespaced: boolean;
  verbs: string[];
}

export interface Discovery {
  resources: ApiResource[];
  /** Groups whose discovery failed (an aggregated API that is down, say): named, not fatal. */
  warnings: string[];
}

interface ApiResourceList {
  groupVersion?: string;
  resources?: { name: string; kind: string; namespaced: boolean; verbs?: string[] }[];
}

/** Every listable top-level resource in its group's preferred version (see servedResources). */
export async function discoverResources(client: KubeClient): Promise<Discovery> {
  const warnings: string[] = [];
  const core = await client.getJson<{ versions?: string[] }>("/api", "discovery (GET /api)");
  const groups = await client.getJson<{ groups?: { name: string; preferredVersion?: { groupVersion: string; version: string }; versions?: { groupVersion: string; version: string }[] }[] }>("/apis", "discovery (GET /apis)");
  const versions: { group: string; version: string; groupVersion: string; path: string }[] = [];
  const coreVersion = core.versions?.[0] ?? "v1";
  versions.push({ group: "", version: coreVersion, groupVersion: coreVersion, path: `/api/${coreVersion}` });
  for (const g of groups.groups ?? []) {
    const pv = g.preferredVersion ?? g.versions?.[0];
    if (pv) versions.push({ group: g.name, version: pv.version, groupVersion: pv.groupVersion, path: `/apis/${pv.groupVersion}` });
  }
  const lists = await mapLimit(versions, 8, async (v) => {
    try {
      return await client.getJson<ApiResourceList>(v.path, `discovery (GET ${v.path})`);
    } catch (e) {
      if (e instanceof KubeApiError && e.status !== 401) {
        warnings.push(`${v.groupVersion}: discovery failed, its kinds are not read (${e.message})`);
        return undefined;
      }
      throw e;
    }
  });
  const resources = servedResources(versions.map((v, i) => ({ ...v, resources: lists[i]?.resources ?? [] })));
  return { resources, warnings };
}

/**
 * Kubernetes' own groups: the core group, the unqualified ones (apps, batch, policy, …) and
 * `*.k8s.io`. They serve some objects twice under one kind (core and events.k8s.io `Event`; old
 * clusters' extensions/v1beta1 `Deployment`, `Ingress`, `NetworkPolicy`), so among them a kind is
 * read once.
 */
export function isBuiltInGroup(group: string): boolean {
  return group === "" || !group.includes(".") || group.endsWith(".k8s.io");
}

/**
 * Pure: the resources to read, from each group version's resource list in the server's priority
 * order (core first, then /apis as listed). A kind is one kind per family of groups, not per
 * cluster: Kubernetes' own groups are one family (the first to serve a kind wins, so an object is
 * not read twice), while an add-on's kind of the same name is another object — Calico's
 * `NetworkPolicy` (projectcalico.org) is not the Kubernetes one and is read as well. Calico serves
 * its objects twice, through its API server (projectcalico.org/v3) and as the CRDs behind it
 * (crd.projectcalico.org/v1): `crd.` groups join the family of the group without the prefix, which
 * is preferred when the server has both.
 */
export function servedResources(versions: readonly { group: string; version: string; groupVersion: string; resources: readonly { name: string; kind: string; namespaced: boolean; verbs?: string[] }[] }[]): ApiResource[] {
  const family = (group: string) => (isBuiltInGroup(group) ? "" : group.replace(/^crd\./, ""));
  const chosen = new Map<string, ApiResource>();
  const order: string[] = [];
  for (const v of versions) {
    for (const r of v.resources) {
      if (r.name.includes("/")) continue; // subresources (pods/log, deployments/scale)
      const verbs = r.verbs ?? [];
      if (!verbs.includes("list")) continue;
      const key = `${r.kind}\0${family(v.group)}`;
      const resource: ApiResource = { group: v.group, version: v.version, groupVersion: v.groupVersion, kind: r.kind, plural: r.name, namespaced: r.namespaced, verbs };
      const held = chosen.get(key);
      if (!held) {
        chosen.set(key, resource);
        order.push(key);
      } else if (held.group.startsWith("crd.") && !v.group.startsWith("crd.")) chosen.set(key, resource);
    }
  }
  return order.map((k) => chosen.get(k) as ApiResource);
}

/** The URL path listing a resource, across all namespaces or in one. */
export function resourcePath(r: ApiResource, namespace?: string): string {
  const base = r.group === "" ? `/api/${r.version}` : `/apis/${r.groupVersion}`;
  return r.namespaced && namespace !== undefined ? `${base}/namespaces/${encodeURIComponent(namespace)}/${r.plural}` : `${base}/${r.plural}`;
}

/** Runs `fn` over `items` with at most `limit` at a time, keeping the order of results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
