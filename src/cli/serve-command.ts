// `kubeward serve`: the validating admission webhook. This file owns what only cli/ may touch:
// signals (SIGTERM → graceful shutdown, SIGHUP → bundle reload), the clock, stderr logs, exit code.
import fs from "node:fs";
import path from "node:path";
import { bufferedLines } from "./buffered-log.ts";
import { inlineEvaluator } from "../server/evaluation.ts";
import { isFile, loadPolicyState } from "../server/policy-state.ts";
import { startWorkerEvaluator } from "../server/worker-evaluator.ts";
import { packageRoot } from "../util/package-root.ts";
import { startWebhookServer, type LogFn } from "../server/webhook-server.ts";
import { KubewardError } from "../errors.ts";
import { SEVERITIES, type Severity } from "../types.ts";
import type { CliIo } from "./io.ts";
import { MSG } from "./messages.ts";
import { oneOf, parseCommandArgs } from "./main.ts";
import os from "node:os";
import { loadKubeConnection } from "../sources/kube/kubeconfig.ts";
import { KubeClient } from "../sources/kube/client.ts";
import { discoverResources } from "../sources/kube/discovery.ts";
import { INVENTORY_KINDS, selectKinds } from "../sources/kube/kinds.ts";
import { InventoryWatch } from "../sources/kube/inventory-watch.ts";

const MiB = 1024 * 1024;

export async function runServe(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    "tls-cert": { type: "string" },
    "tls-key": { type: "string" },
    port: { type: "string", short: "p" },
    host: { type: "string" },
    bundle: { type: "string", short: "b" },
    library: { type: "string" },
    "fail-on": { type: "string" },
    "failure-policy": { type: "string" },
    "exempt-namespace": { type: "string", multiple: true },
    "exempt-user": { type: "string", multiple: true },
    "max-body-bytes": { type: "string" },
    "request-timeout": { type: "string" },
    "shutdown-grace": { type: "string" },
    "tls-watch-interval": { type: "string" },
    "inventory-from-cluster": { type: "boolean" },
    kubeconfig: { type: "string" },
    context: { type: "string" },
    "inventory-kinds": { type: "string", multiple: true },
    "inventory-debounce": { type: "string" },
  });
  if (positionals.length > 0) throw new KubewardError("usage", MSG.serveNoPaths(positionals[0] as string));
  if (values["tls-cert"] === undefined || values["tls-key"] === undefined) throw new KubewardError("usage", MSG.serveNeedsTls);
  const failOn = oneOf<Severity | "none">("--fail-on", values["fail-on"], [...SEVERITIES, "none"], "high");
  const failurePolicy = oneOf("--failure-policy", values["failure-policy"], ["fail", "ignore"] as const, "fail");
  const bundleArg = values.bundle ?? "recommended";
  // A bundle given as a file is resolved from the cwd and watched: editing it reloads like SIGHUP.
  const bundleFile = isFile(path.resolve(io.cwd, bundleArg)) ? path.resolve(io.cwd, bundleArg) : undefined;
  const bundle = bundleFile ?? bundleArg;
  const libraryDir = values.library ?? io.env.KUBEWARD_LIBRARY;

  // One JSON object per line on stderr, written in batches (one write per event-loop turn).
  const lines = bufferedLines((text) => io.stderr.write(text));
  const log: LogFn = (level, msg, fields = {}) => lines.line(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
  const admission = { failOn, failurePolicy, exemptNamespaces: new Set(values["exempt-namespace"] ?? ["kube-system"]), exemptUsers: new Set(values["exempt-user"] ?? []) };
  const inventoryOnly = (["kubeconfig", "context", "inventory-kinds", "inventory-debounce"] as const).filter((k) => values[k] !== undefined);
  if (values["inventory-from-cluster"] !== true && inventoryOnly.length > 0) throw new KubewardError("usage", MSG.inventoryNeedsCluster(`--${inventoryOnly[0]}`));
  const watch = values["inventory-from-cluster"] === true ? await clusterInventory(io, values, log) : undefined;
  const server = await startWebhookServer({
    tlsCert: values["tls-cert"],
    tlsKey: values["tls-key"],
    port: integer("--port", values.port, 8443),
    host: values.host,
    ...admission,
    maxBodyBytes: integer("--max-body-bytes", values["max-body-bytes"], 3 * MiB),
    requestTimeoutMs: integer("--request-timeout", values["request-timeout"], 10_000),
    tlsWatchIntervalMs: integer("--tls-watch-interval", values["tls-watch-interval"], 2_000),
    // The policy runs in a worker thread: TLS and HTTP here, evaluation there, overlapping on two
    // cores. KUBEWARD_SERVE_THREADS=1 keeps everything in one thread (docs/admission.md).
    startEvaluator: () =>
      io.env.KUBEWARD_SERVE_THREADS === "1"
        ? inlineEvaluator(() => loadPolicyState({ bundle, libraryDir }), admission)
        : startWorkerEvaluator(path.join(packageRoot(), "dist", "admission-worker.mjs"), { bundle, libraryDir }, admission),
    log,
    now: () => performance.now(),
    ...(watch ? { inventory: { snapshot: () => watch.snapshot(), isReady: () => watch.isReady(), stats: () => watch.stats(), debounceMs: integer("--inventory-debounce", values["inventory-debounce"], 250) } } : {}),
  });
  watch?.start(server.inventoryChanged);
  log("info", "listening", { port: server.port, bundle: server.metrics.bundle.name, revision: server.metrics.bundle.revision, failOn, failurePolicy });

  const grace = integer("--shutdown-grace", values["shutdown-grace"], 25_000);
  const onBundleChange = () => void server.reload();
  if (bundleFile !== undefined) fs.watchFile(bundleFile, { interval: integer("--tls-watch-interval", values["tls-watch-interval"], 2_000), persistent: false }, onBundleChange);
  return new Promise<number>((resolve) => {
    const onHup = () => void server.reload();
    const onTerm = (signal: string) => () => {
      log("info", "shutting down: finishing in-flight requests", { signal, inFlight: server.metrics.inFlight });
      process.off("SIGHUP", onHup);
      if (bundleFile !== undefined) fs.unwatchFile(bundleFile, onBundleChange);
      void Promise.all([server.close(grace), watch?.stop()]).then(() => {
        log("info", "stopped");
        lines.flush();
        resolve(0);
      });
    };
    process.on("SIGHUP", onHup);
    process.once("SIGTERM", onTerm("SIGTERM"));
    process.once("SIGINT", onTerm("SIGINT"));
  });
}

/**
 * --inventory-from-cluster: discovery once at start (a cluster that cannot be reached is a startup
 * error), then list+watch of the kinds cross-resource rules read (INVENTORY_KINDS; --inventory-kinds
 * widens or narrows them as scan's --kinds does).
 */
async function clusterInventory(io: CliIo, values: { kubeconfig?: string; context?: string; "inventory-kinds"?: string[] }, log: LogFn): Promise<ClusterInventoryWatch> {
  const connection = loadKubeConnection({ file: values.kubeconfig, context: values.context, env: io.env, home: io.env.HOME ?? os.homedir(), cwd: io.cwd });
  const client = new KubeClient(connection, { env: io.env, now: () => Date.now() });
  const discovery = await discoverResources(client);
  const selection = selectKinds(discovery.resources, INVENTORY_KINDS, values["inventory-kinds"]);
  for (const w of discovery.warnings) log("warn", `inventory: ${w}`);
  for (const k of selection.unknown) log("warn", `inventory: --inventory-kinds ${k}: the API server serves no listable kind of that name`);
  log("info", "inventory: listing and watching", { server: connection.server, context: connection.context, kinds: selection.resources.map((r) => r.kind) });
  let notify: () => void = () => undefined;
  const watch = new InventoryWatch({ client, resources: selection.resources, onChange: () => notify(), log });
  return {
    snapshot: () => watch.snapshot(),
    isReady: () => watch.isReady(),
    stats: () => watch.stats(),
    start(onChange) {
      notify = onChange;
      watch.start();
    },
    async stop() {
      await watch.stop();
      client.close();
    },
  };
}

interface ClusterInventoryWatch {
  snapshot: InventoryWatch["snapshot"];
  isReady: InventoryWatch["isReady"];
  stats: InventoryWatch["stats"];
  start(onChange: () => void): void;
  stop(): Promise<void>;
}

function integer(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new KubewardError("usage", MSG.notAnInteger(flag, value));
  return Number(value);
}
