// Reads a live cluster: discovery, then every selected kind listed page by page. A kind the user
// may not list is a warning naming it (its rules then see none), not a fatal error; any other
// failure of one kind is a report error for it while the other kinds are still read.
import type { ReportError } from "../../types.ts";
import { KubeApiError, type KubeClient } from "./client.ts";
import { discoverResources, isBuiltInGroup, mapLimit, resourcePath, type ApiResource } from "./discovery.ts";
import { selectKinds } from "./kinds.ts";

export interface ClusterObject {
  resource: ApiResource;
  object: Record<string, unknown> & { apiVersion: string; kind: string; metadata?: Record<string, unknown> };
}

export interface ClusterProgress {
  kindsDone: number;
  kindsTotal: number;
  objects: number;
  /** The kind whose list just finished. */
  kind?: string;
}

export interface ReadClusterOptions {
  client: KubeClient;
  /** The kinds to list when --kinds does not say otherwise. */
  defaultKinds: Iterable<string>;
  kindsSpec?: readonly string[];
  /** Namespaced kinds are listed in this namespace only; cluster-scoped kinds are always listed whole. */
  namespace?: string;
  pageSize?: number;
  onProgress?: (p: ClusterProgress) => void;
}

export interface ClusterRead {
  objects: ClusterObject[];
  warnings: string[];
  errors: ReportError[];
  /** Kinds listed (for the summary and tests). */
  kinds: string[];
}

const PAGE_SIZE = 500;
/** A list whose continue token expires (410) is restarted; more than this many times is an error. */
const MAX_RESTARTS = 3;

export async function readCluster(opts: ReadClusterOptions): Promise<ClusterRead> {
  const { client } = opts;
  const discovery = await discoverResources(client);
  const selection = selectKinds(discovery.resources, opts.defaultKinds, opts.kindsSpec);
  const warnings = [...discovery.warnings, ...selection.unknown.map((k) => `--kinds ${k}: the API server serves no listable kind of that name`)];
  const errors: ReportError[] = [];
  const where = `cluster://${client.connection.context}`;
  let done = 0;
  let count = 0;
  opts.onProgress?.({ kindsDone: 0, kindsTotal: selection.resources.length, objects: 0 });
  const perKind = await mapLimit(selection.resources, 4, async (resource) => {
    let items: ClusterObject[] = [];
    try {
      items = await listAll(client, resource, opts.namespace, opts.pageSize ?? PAGE_SIZE);
    } catch (e) {
      if (e instanceof KubeApiError && e.status === 403) warnings.push(`${resource.kind} (${resource.groupVersion} ${resource.plural}) not read: ${e.message}. Rules reading ${resource.kind} objects saw none.`);
      else if (e instanceof KubeApiError && e.status === 401) throw e;
      else errors.push({ file: where, message: e instanceof Error ? e.message : String(e), code: "cluster" });
    }
    done++;
    count += items.length;
    opts.onProgress?.({ kindsDone: done, kindsTotal: selection.resources.length, objects: count, kind: resource.kind });
    return items;
  });
  return { objects: perKind.flat(), warnings, errors, kinds: selection.resources.map((r) => r.kind) };
}

/** Every object of one kind, following `continue` tokens; a 410 (token expired) restarts the list. */
export async function listAll(client: KubeClient, resource: ApiResource, namespace: string | undefined, pageSize: number, onVersion?: (resourceVersion: string) => void): Promise<ClusterObject[]> {
  const path = resourcePath(resource, namespace);
  const what = `list ${resource.plural}${resource.group ? `.${resource.group}` : ""}${resource.namespaced && namespace !== undefined ? ` in namespace ${namespace}` : ""}`;
  for (let attempt = 0; ; attempt++) {
    const out: ClusterObject[] = [];
    let cont: string | undefined;
    try {
      do {
        const page = await client.listPage(path, what, pageSize, cont);
        if (cont === undefined) onVersion?.(page.resourceVersion);
        for (const item of page.items) out.push({ resource, object: normaliseObject(item, resource) });
        cont = page.continue;
      } while (cont);
      return out;
    } catch (e) {
      if (!(e instanceof KubeApiError && e.status === 410 && cont !== undefined && attempt < MAX_RESTARTS)) throw e;
    }
  }
}

/**
 * List items come without kind and apiVersion (the list carries them); managedFields is
 * bookkeeping of field owners no rule reads, and the bulk of many objects.
 */
export function normaliseObject(item: Record<string, unknown>, resource: ApiResource): ClusterObject["object"] {
  const meta = item.metadata && typeof item.metadata === "object" ? { ...(item.metadata as Record<string, unknown>) } : undefined;
  if (meta) delete meta.managedFields;
  const { apiVersion: _a, kind: _k, metadata: _m, ...rest } = item;
  const out: ClusterObject["object"] = { apiVersion: resource.groupVersion, kind: resource.kind };
  if (meta) out.metadata = meta;
  return Object.assign(out, rest);
}

/**
 * Where findings on a cluster object point: cluster://<context>/<namespace>/<kind>/<name>, or
 * without the namespace for cluster-scoped kinds. An add-on's kind carries its group, as kubectl
 * writes it (`NetworkPolicy.projectcalico.org`), so it never shares a location with the
 * Kubernetes kind of the same name.
 */
export function clusterLocation(context: string, object: ClusterObject["object"]): string {
  const meta = object.metadata ?? {};
  const ns = typeof meta.namespace === "string" && meta.namespace !== "" ? `${meta.namespace}/` : "";
  const group = object.apiVersion.includes("/") ? object.apiVersion.slice(0, object.apiVersion.indexOf("/")) : "";
  const kind = isBuiltInGroup(group) ? object.kind : `${object.kind}.${group}`;
  return `cluster://${context}/${ns}${kind}/${typeof meta.name === "string" ? meta.name : ""}`;
}
