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

/**
 * Every listable top-level resource in its group's preferred version. When two groups serve the
 * same kind (core `Event` and `events.k8s.io` `Event`), the first in the server's priority order
 * (core first, then /apis as listed) is kept, so an object is not read twice.
 */
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
  const seen = new Set<string>();
  const resources: ApiResource[] = [];
  versions.forEach((v, i) => {
    for (const r of lists[i]?.resources ?? []) {
      if (r.name.includes("/")) continue; // subresources (pods/log, deployments/scale)
      const verbs = r.verbs ?? [];
      if (!verbs.includes("list")) continue;
      if (seen.has(r.kind)) continue;
      seen.add(r.kind);
      resources.push({ group: v.group, version: v.version, groupVersion: v.groupVersion, kind: r.kind, plural: r.name, namespaced: r.namespaced, verbs });
    }
  });
  return { resources, warnings };
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
