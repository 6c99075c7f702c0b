// Keeps a live copy of a cluster's objects of some kinds: list, then watch from the list's
// resourceVersion with bookmarks; a stream that ends is resumed from the last version seen; a 410
// Gone (the version is too old) lists again; errors back off exponentially. `serve
// --inventory-from-cluster` turns the copy into data.inventory.
import type { KubeObject } from "../../types.ts";
import { KubeApiError, type KubeClient, type WatchEvent, type WatchHandle } from "./client.ts";
import { resourcePath, type ApiResource } from "./discovery.ts";
import { listAll, normaliseObject } from "./read-cluster.ts";

export type WatchLog = (level: "info" | "warn" | "error", msg: string, fields?: Record<string, unknown>) => void;

export interface InventoryWatchOptions {
  client: KubeClient;
  resources: readonly ApiResource[];
  /** Called after any change (initial lists included); the caller debounces. */
  onChange: () => void;
  log: WatchLog;
  /** The server ends a watch after this long; it is then resumed (default 300 s). */
  watchTimeoutSeconds?: number;
  /** First and longest wait between failed attempts (default 250 ms, 30 s). */
  backoffMs?: { initial: number; max: number };
  pageSize?: number;
}

interface KindState {
  resource: ApiResource;
  objects: Map<string, KubeObject>;
  listed: boolean;
  restarts: number;
  relists: number;
}

export class InventoryWatch {
  private readonly kinds: KindState[];
  private stopped = false;
  private readonly handles = new Set<{ stop(): void }>();
  private readonly timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  private readonly loops: Promise<void>[] = [];

  constructor(private readonly opts: InventoryWatchOptions) {
    this.kinds = opts.resources.map((resource) => ({ resource, objects: new Map(), listed: false, restarts: 0, relists: 0 }));
  }

  start(): void {
    for (const k of this.kinds) this.loops.push(this.run(k));
  }

  /** True once every kind has been listed (or found forbidden) once. */
  isReady(): boolean {
    return this.kinds.every((k) => k.listed);
  }

  /** Every object held now. */
  snapshot(): KubeObject[] {
    return this.kinds.flatMap((k) => [...k.objects.values()]);
  }

  /** Per kind: objects held, watch restarts (stream ended or failed), relists (410 Gone). */
  stats(): { kind: string; objects: number; restarts: number; relists: number }[] {
    return this.kinds.map((k) => ({ kind: k.resource.kind, objects: k.objects.size, restarts: k.restarts, relists: k.relists }));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const h of this.handles) h.stop();
    for (const t of this.timers) {
      clearTimeout(t.timer);
      t.resolve();
    }
    await Promise.all(this.loops);
  }

  private async run(k: KindState): Promise<void> {
    const { client, log } = this.opts;
    const backoff = this.opts.backoffMs ?? { initial: 250, max: 30_000 };
    const path = resourcePath(k.resource);
    const what = `watch ${k.resource.plural}${k.resource.group ? `.${k.resource.group}` : ""}`;
    let wait = backoff.initial;
    let version: string | undefined;
    while (!this.stopped) {
      try {
        if (version === undefined) {
          const { objects, resourceVersion } = await this.list(k);
          k.objects = objects;
          version = resourceVersion;
          k.listed = true;
          this.opts.onChange();
        }
        let gone = false;
        // Events can arrive before watch() resolves; the holder lets the callback stop the stream either way.
        const current: { handle?: WatchHandle } = {};
        let events = 0;
        const handle = await client.watch(path, what, version, this.opts.watchTimeoutSeconds ?? 300, (e) => {
          events++;
          const next = this.apply(k, e);
          if (next === "gone") {
            gone = true;
            current.handle?.stop();
          } else if (next !== undefined) version = next;
        });
        current.handle = handle;
        if (gone) handle.stop();
        this.handles.add(handle);
        wait = backoff.initial; // connected: the next failure starts the backoff afresh
        await handle.done;
        this.handles.delete(handle);
        if (this.stopped) return;
        k.restarts++;
        if (gone) {
          k.relists++;
          version = undefined;
          log("info", "inventory watch expired (410 Gone); listing again", { kind: k.resource.kind });
        } else if (events === 0) {
          // A stream closed before saying anything (a proxy cutting connections, say): back off
          // rather than reconnect in a tight loop.
          await this.sleep(wait);
          wait = Math.min(wait * 2, backoff.max);
        }
      } catch (e) {
        if (this.stopped) return;
        if (e instanceof KubeApiError && e.status === 410) {
          k.relists++;
          k.restarts++;
          version = undefined;
          log("info", "inventory watch expired (410 Gone); listing again", { kind: k.resource.kind });
          continue;
        }
        if (e instanceof KubeApiError && e.status === 403 && !k.listed) {
          // Not fatal, not silent: readiness does not wait for a kind the RBAC does not grant.
          k.listed = true;
          log("warn", `inventory: ${e.message}; cross-resource rules see no ${k.resource.kind} objects`, { kind: k.resource.kind });
          this.opts.onChange();
        } else log("warn", "inventory list/watch failed; retrying", { kind: k.resource.kind, error: e instanceof Error ? e.message : String(e), retryMs: wait });
        k.restarts++;
        await this.sleep(wait);
        wait = Math.min(wait * 2, backoff.max);
      }
    }
  }

  private async list(k: KindState): Promise<{ objects: Map<string, KubeObject>; resourceVersion: string }> {
    // listAll follows continue tokens; the version to watch from is the first page's.
    const objects = new Map<string, KubeObject>();
    let resourceVersion = "";
    const items = await listAll(this.opts.client, k.resource, undefined, this.opts.pageSize ?? 500, (rv) => {
      resourceVersion = rv; // a list restarted after a 410 starts from its new first page
    });
    for (const { object } of items) objects.set(key(object), keep(object));
    return { objects, resourceVersion };
  }

  /** Applies one event; returns the resourceVersion to resume from, "gone" for a 410 ERROR event. */
  private apply(k: KindState, e: WatchEvent): string | "gone" | undefined {
    const meta = (e.object?.metadata ?? {}) as { resourceVersion?: string };
    if (e.type === "ERROR") {
      const code = (e.object as { code?: number }).code;
      if (code === 410) return "gone";
      this.opts.log("warn", "inventory watch error event", { kind: k.resource.kind, status: e.object });
      return undefined;
    }
    if (e.type === "BOOKMARK") return meta.resourceVersion;
    const object = keep(normaliseObject(e.object, k.resource));
    if (e.type === "DELETED") k.objects.delete(key(object));
    else k.objects.set(key(object), object);
    this.opts.onChange();
    return meta.resourceVersion;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = { timer: setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms), resolve };
      this.timers.add(t);
    });
  }
}

function key(o: KubeObject): string {
  return `${o.metadata?.namespace ?? ""}/${o.metadata?.name ?? ""}`;
}

/**
 * What the webhook holds of an object. A Secret keeps its metadata and type only: rules look
 * Secrets up by name, and a long-running process holding every credential of the cluster would be
 * a target of its own.
 */
function keep(o: KubeObject): KubeObject {
  if (o.kind !== "Secret") return o;
  return { apiVersion: o.apiVersion, kind: o.kind, metadata: o.metadata, ...(o.type === undefined ? {} : { type: o.type }) };
}
