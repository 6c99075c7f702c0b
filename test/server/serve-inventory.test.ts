// `kubeward serve --inventory-from-cluster` against an in-test API server: /readyz waits for the
// initial lists, watch events change a cross-resource verdict, dropped and expired (410) watches are
// resumed and re-listed, metrics count them. The real kube-apiserver end-to-end is in test/e2e.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnServe } from "./serve-process.ts";
import { FakeApiServer, OPENSSL, makePki, writeKubeconfig, type Pki } from "../unit/kube/fake-apiserver.ts";
import { CLUSTER_ADMIN_BINDING, clusterObjects } from "../fixtures/cluster/objects.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-serve-inventory-"));
let pki: Pki;
let api: FakeApiServer;
let child: ChildProcess | undefined;
let exited: Promise<number | null> | undefined;
const logs: string[] = [];
let port = 0;

function get(p: string): Promise<{ status: number; body: string }> {
  return send("GET", p);
}

function send(method: string, p: string, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: "127.0.0.1", port, method, path: p, ca: fs.readFileSync(pki.ca), headers: { "content-type": "application/json" }, timeout: 10_000 }, (res) => {
      let text = "";
      res.on("data", (b: Buffer) => (text += b.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const DEPLOYMENT = clusterObjects().find((o) => o.kind === "Deployment")!;
const review = JSON.stringify({
  apiVersion: "admission.k8s.io/v1",
  kind: "AdmissionReview",
  request: { uid: "inv-0001", kind: { group: "apps", version: "v1", kind: "Deployment" }, resource: { group: "apps", version: "v1", resource: "deployments" }, name: "orders-api", namespace: "shop", operation: "CREATE", userInfo: { username: "alice" }, object: DEPLOYMENT, dryRun: false },
});

async function verdict(): Promise<{ allowed: boolean; message?: string }> {
  const r = await send("POST", "/validate", review);
  const res = (JSON.parse(r.body) as { response: { allowed: boolean; status?: { message: string } } }).response;
  return { allowed: res.allowed, ...(res.status ? { message: res.status.message } : {}) };
}

/** Polls `check` until it holds (at most 10 s): watch events reach the policy asynchronously. */
async function eventually(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not within 10 s: ${what}\n${logs.slice(-10).join("\n")}`);
}

const metric = async (name: string) => {
  const text = (await get("/metrics")).body;
  const line = text.split("\n").find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.split(" ")[1]);
};

test.before(async () => {
  if (!OPENSSL) return;
  pki = makePki();
  api = new FakeApiServer({ pki, tokens: { "t-webhook": "system:serviceaccount:kubeward:kubeward" }, objects: clusterObjects() });
  const kubeconfig = writeKubeconfig(dir, "kubeconfig.json", await api.start(), pki, { token: "t-webhook" });
  api.pauseLists = true;
  const serve = await spawnServe(["--tls-cert", pki.serverCert, "--tls-key", pki.serverKey, "--port", "0", "--host", "127.0.0.1", "--inventory-from-cluster", "--kubeconfig", kubeconfig, "--inventory-debounce", "20"], { KUBECONFIG: "" }, logs);
  child = serve.child;
  exited = serve.exited;
  port = serve.port;
});

test.after(async () => {
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await exited;
  }
  await api?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  if (pki) fs.rmSync(pki.dir, { recursive: true, force: true });
});

function skip(): boolean {
  if (!OPENSSL) console.log("SKIPPED: openssl is not installed (apt-get install openssl); the inventory webhook tests need it for certificates");
  return !OPENSSL;
}

test("/readyz is 503 until the initial lists complete, then 200", async () => {
  if (skip()) return;
  const waiting = await get("/readyz");
  assert.is(waiting.status, 503);
  assert.is(waiting.body, "waiting for the initial inventory lists\n");
  assert.is(await metric("kubeward_inventory_ready"), 0);
  api.resumeLists();
  await eventually("/readyz 200", async () => (await get("/readyz")).status === 200);
  assert.is(await metric("kubeward_inventory_ready"), 1);
  assert.is(await metric('kubeward_inventory_objects{kind="ServiceAccount"}'), 1);
});

test("a watched ClusterRoleBinding to cluster-admin turns the same Deployment review from allowed to denied, and back", async () => {
  if (skip()) return;
  assert.equal(await verdict(), { allowed: true });
  api.emit("ADDED", CLUSTER_ADMIN_BINDING);
  await eventually("denied once the binding is watched", async () => !(await verdict()).allowed);
  const denied = await verdict();
  assert.match(denied.message ?? "", /^kubeward denied Deployment shop\/orders-api: \[workload-cluster-admin-service-account\]/);
  api.emit("DELETED", CLUSTER_ADMIN_BINDING);
  await eventually("allowed once the binding is deleted", async () => (await verdict()).allowed);
});

test("a watch that ends is resumed; one answering 410 Gone (HTTP or ERROR event) is listed again; counted in /metrics", async () => {
  if (skip()) return;
  const restarts = 'kubeward_inventory_watch_restarts_total{kind="ClusterRoleBinding"}';
  const relists = 'kubeward_inventory_relists_total{kind="ClusterRoleBinding"}';
  const before = (await metric(restarts)) ?? 0;
  api.dropWatches();
  await eventually("restart counted", async () => ((await metric(restarts)) ?? 0) > before);
  api.goneNextWatch.add("clusterrolebindings");
  api.dropWatches();
  await eventually("relist counted", async () => ((await metric(relists)) ?? 0) >= 1);
  // The same as an ERROR event inside a watch stream, as the API server also reports it.
  api.goneEventNextWatch.add("clusterrolebindings");
  api.dropWatches();
  await eventually("relist after an ERROR 410 event counted", async () => ((await metric(relists)) ?? 0) >= 2);
  // Still current after both: a new binding is seen.
  api.emit("ADDED", CLUSTER_ADMIN_BINDING);
  await eventually("denied after the relist", async () => !(await verdict()).allowed);
  api.emit("DELETED", CLUSTER_ADMIN_BINDING);
  await eventually("allowed again", async () => (await verdict()).allowed);
});

test("inventory swaps under load: 200 reviews, 8 at a time, while the binding is added and deleted 20 times; every review answered", async () => {
  if (skip()) return;
  let flips = 0;
  const flipper = (async () => {
    for (; flips < 20; flips++) {
      api.emit(flips % 2 === 0 ? "ADDED" : "DELETED", CLUSTER_ADMIN_BINDING);
      await new Promise((r) => setTimeout(r, 30));
    }
  })();
  const answers: boolean[] = [];
  let next = 0;
  const worker = async () => {
    while (next < 200) {
      next++;
      const r = await send("POST", "/validate", review);
      assert.is(r.status, 200, r.body);
      const res = (JSON.parse(r.body) as { response: { uid: string; allowed: boolean } }).response;
      assert.is(res.uid, "inv-0001");
      answers.push(res.allowed);
    }
  };
  await Promise.all([flipper, ...Array.from({ length: 8 }, worker)]);
  assert.is(answers.length, 200);
  // The last flip deleted the binding: once it is swapped in, the review is allowed again.
  await eventually("allowed after the last delete", async () => (await verdict()).allowed);
  assert.ok(((await metric("kubeward_inventory_swaps_total")) ?? 0) > 3);
});

test("SIGTERM stops the watches and exits 0", async () => {
  if (skip()) return;
  child!.kill("SIGTERM");
  assert.is(await exited, 0);
});

test.run();
