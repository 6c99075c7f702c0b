// `kubeward serve`'s HTTPS server (node:https, no framework): POST /validate, /healthz, /readyz,
// /metrics. Everything from the outside world (clock, logger) is injected; cli/ owns signals.
import fs from "node:fs";
import https from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import tls from "node:tls";
import { KubewardError } from "../errors.ts";
import type { AdmissionOptions } from "./admission.ts";
import type { Evaluator } from "./evaluation.ts";
import { Metrics } from "./metrics.ts";
import type { KubeObject } from "../types.ts";

export type LogFn = (level: "info" | "warn" | "error", msg: string, fields?: Record<string, unknown>) => void;

export interface WebhookServerOptions extends AdmissionOptions {
  tlsCert: string;
  tlsKey: string;
  port: number;
  host?: string;
  /** Bodies above this many bytes get 413 (the API server's own limit for a request is 3 MiB). */
  maxBodyBytes: number;
  /** A request not answered within this many milliseconds (body included) gets 408. */
  requestTimeoutMs: number;
  /** How often the certificate and key files are checked for changes. */
  tlsWatchIntervalMs: number;
  /** Starts what evaluates request bodies (in this thread or a worker); it owns the policy and its reloads. */
  startEvaluator: () => Promise<Evaluator>;
  log: LogFn;
  /** Monotonic milliseconds, for latency. */
  now: () => number;
  /** serve --inventory-from-cluster: the live objects that become data.inventory. */
  inventory?: InventorySource;
}

/** What the server needs of a live inventory (sources/kube/inventory-watch.ts provides it). */
export interface InventorySource {
  snapshot(): readonly KubeObject[];
  /** False until the initial lists are done: /readyz answers 503 meanwhile. */
  isReady(): boolean;
  stats(): { kind: string; objects: number; restarts: number; relists: number }[];
  /** Milliseconds to gather changes before swapping the inventory in (a burst becomes one swap). */
  debounceMs: number;
}

export interface WebhookServer {
  readonly port: number;
  readonly metrics: Metrics;
  /** The inventory source changed: swap the new data.inventory in after its debounce. */
  inventoryChanged(): void;
  /** Loads the policy again and swaps it in; requests keep being answered by the old one meanwhile. */
  reload(): Promise<void>;
  /** Stops accepting, lets in-flight requests finish (up to graceMs), then closes. */
  close(graceMs: number): Promise<void>;
}

export async function startWebhookServer(opts: WebhookServerOptions): Promise<WebhookServer> {
  const metrics = new Metrics();
  const evaluator = await opts.startEvaluator();
  metrics.bundle = { name: evaluator.bundle, revision: evaluator.revision };
  const inventory = opts.inventory;
  if (inventory) {
    await evaluator.setInventory(inventory.snapshot());
    metrics.inventory = () => ({ ready: inventory.isReady(), kinds: inventory.stats(), swaps: inventorySwaps });
  }
  let inventorySwaps = 0;
  let inventoryTimer: NodeJS.Timeout | undefined;
  let ready = true;
  let reloading: Promise<void> | undefined;

  const server = https.createServer(readKeyPair(opts.tlsCert, opts.tlsKey), (req, res) => {
    handle(req, res).catch((e: unknown) => {
      opts.log("error", "unhandled error", { error: e instanceof Error ? e.message : String(e) });
      if (!res.headersSent) send(res, 500, "text/plain", "internal error\n");
    });
  });
  server.keepAliveTimeout = 30_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && url === "/healthz") return send(res, 200, "text/plain", "ok\n");
    if (req.method === "GET" && url === "/readyz") {
      if (!ready) return send(res, 503, "text/plain", "shutting down\n");
      if (inventory && !inventory.isReady()) return send(res, 503, "text/plain", "waiting for the initial inventory lists\n");
      return send(res, 200, "text/plain", "ok\n");
    }
    if (req.method === "GET" && url === "/metrics") return send(res, 200, "text/plain; version=0.0.4", metrics.render());
    if (url !== "/validate") return send(res, 404, "text/plain", "not found: kubeward serves POST /validate, GET /healthz, /readyz, /metrics\n");
    if (req.method !== "POST") return send(res, 405, "text/plain", "POST an admission.k8s.io/v1 AdmissionReview to /validate\n");
    await validate(req, res);
  }

  async function validate(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = opts.now();
    metrics.inFlight++;
    const seconds = () => (opts.now() - started) / 1000;
    try {
      const body = await readBody(req, opts.maxBodyBytes, opts.requestTimeoutMs);
      if (body.kind === "too-large") {
        metrics.countRequest("too_large", seconds());
        opts.log("warn", "request body too large", { limit: opts.maxBodyBytes });
        res.setHeader("connection", "close");
        return send(res, 413, "text/plain", `request body exceeds ${opts.maxBodyBytes} bytes\n`);
      }
      if (body.kind === "timeout") {
        metrics.countRequest("timeout", seconds());
        opts.log("warn", "request timed out", { timeoutMs: opts.requestTimeoutMs });
        res.setHeader("connection", "close");
        return send(res, 408, "text/plain", `request not received within ${opts.requestTimeoutMs} ms\n`);
      }
      if (body.kind === "aborted") {
        metrics.countRequest("malformed", seconds());
        return;
      }
      const outcome = await evaluator.review(body.text);
      if (outcome.kind === "not-json") {
        metrics.countRequest("malformed", seconds());
        return send(res, 400, "text/plain", `the body is not JSON: ${outcome.message}\n`);
      }
      if (outcome.kind === "malformed") {
        metrics.countRequest("malformed", seconds());
        opts.log("warn", "malformed AdmissionReview", { reason: outcome.message });
        return send(res, 400, "text/plain", `${outcome.message}\n`);
      }
      for (const f of outcome.findings) metrics.countFinding(f.rule, f.severity);
      const s = seconds();
      metrics.countRequest(outcome.result, s);
      opts.log(outcome.result === "error" ? "error" : "info", "admission review", { ...outcome.log, allowed: outcome.allowed, ms: Math.round(s * 100000) / 100 });
      send(res, 200, "application/json", outcome.body);
    } finally {
      metrics.inFlight--;
    }
  }

  // TLS: watch both files; when either changes, load the pair and swap the secure context. A pair
  // that does not load (e.g. the key written before the certificate) keeps the old one in service.
  let tlsTimer: NodeJS.Timeout | undefined;
  const onTlsChange = () => {
    clearTimeout(tlsTimer);
    tlsTimer = setTimeout(() => {
      try {
        const pair = readKeyPair(opts.tlsCert, opts.tlsKey);
        tls.createSecureContext(pair); // throws on a mismatched or half-written pair
        server.setSecureContext(pair);
        metrics.tlsReloads++;
        opts.log("info", "TLS certificate reloaded", { cert: opts.tlsCert });
      } catch (e) {
        opts.log("warn", "TLS certificate change not applied; the previous one stays in use", { error: e instanceof Error ? e.message : String(e) });
      }
    }, 50);
  };
  for (const f of [opts.tlsCert, opts.tlsKey]) fs.watchFile(f, { interval: opts.tlsWatchIntervalMs, persistent: false }, onTlsChange);

  await new Promise<void>((resolve, reject) => {
    server.once("error", (e) => reject(new KubewardError("io", `cannot listen on port ${opts.port}: ${e.message}`, { cause: e })));
    server.listen(opts.port, opts.host ?? "0.0.0.0", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    metrics,
    inventoryChanged(): void {
      // A burst of watch events becomes one swap; each swap rebuilds data.inventory whole.
      if (!inventory || inventoryTimer !== undefined) return;
      inventoryTimer = setTimeout(() => {
        inventoryTimer = undefined;
        // The evaluator keeps the latest inventory and hands it to a reloaded or restarted policy too.
        void evaluator.setInventory(inventory.snapshot()).then(() => inventorySwaps++);
      }, inventory.debounceMs);
    },
    reload(): Promise<void> {
      // Reloads requested during a reload join it rather than racing it.
      reloading ??= evaluator
        .reload()
        .then(() => {
          metrics.bundle = { name: evaluator.bundle, revision: evaluator.revision };
          metrics.bundleReloads++;
          opts.log("info", "bundle reloaded", { bundle: evaluator.bundle, revision: evaluator.revision });
        })
        .catch((e: unknown) => {
          metrics.bundleReloadFailures++;
          opts.log("error", "bundle reload failed; the previous bundle stays in service", { error: e instanceof Error ? e.message : String(e) });
        })
        .finally(() => {
          reloading = undefined;
        });
      return reloading;
    },
    close(graceMs: number): Promise<void> {
      ready = false;
      clearTimeout(inventoryTimer);
      for (const f of [opts.tlsCert, opts.tlsKey]) fs.unwatchFile(f, onTlsChange);
      clearTimeout(tlsTimer);
      return new Promise((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(force);
          void evaluator.close().then(resolve);
        });
        server.closeIdleConnections(); // keep-alive connections with no request in flight
      });
    },
  };
}

function readKeyPair(cert: string, key: string): { cert: Buffer; key: Buffer } {
  try {
    return { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
  } catch (e) {
    throw new KubewardError("io", `cannot read the TLS certificate or key: ${(e as Error).message}`, { cause: e });
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

type Body = { kind: "ok"; text: string } | { kind: "too-large" } | { kind: "timeout" } | { kind: "aborted" };

function readBody(req: IncomingMessage, limit: number, timeoutMs: number): Promise<Body> {
  return new Promise((resolve) => {
    const declared = Number(req.headers["content-length"] ?? "NaN");
    if (Number.isFinite(declared) && declared > limit) {
      req.resume(); // drain, so the 413 can be written
      resolve({ kind: "too-large" });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (b: Body) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(b);
    };
    const timer = setTimeout(() => finish({ kind: "timeout" }), timeoutMs);
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.resume();
        finish({ kind: "too-large" });
      } else chunks.push(chunk);
    });
    req.on("end", () => finish({ kind: "ok", text: Buffer.concat(chunks).toString("utf8") }));
    req.on("error", () => finish({ kind: "aborted" }));
    req.on("close", () => finish({ kind: "aborted" }));
  });
}
