// `kubeward serve` as the API server meets it: the built CLI in a subprocess, real TLS (a
// self-signed certificate made with openssl), real signals, loopback only, every loop bounded.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import tls from "node:tls";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnServe, type ServeProcess } from "./serve-process.ts";

const OPENSSL = spawnSync("openssl", ["version"], { encoding: "utf8" }).status === 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-serve-"));
const CERT = path.join(tmp, "cert.pem");
const KEY = path.join(tmp, "key.pem");

function makeCert(cn: string): void {
  const r = spawnSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", `${KEY}.new`, "-out", `${CERT}.new`, "-days", "1", "-subj", `/CN=${cn}`, "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr}`);
  // Key first, then certificate, each by rename: the half-swapped state must not be served.
  fs.renameSync(`${KEY}.new`, KEY);
  fs.renameSync(`${CERT}.new`, CERT);
}

type Server = ServeProcess;

function startServer(extra: string[] = [], env: Record<string, string> = {}): Promise<Server> {
  return spawnServe(["--tls-cert", CERT, "--tls-key", KEY, "--port", "0", "--host", "127.0.0.1", "--tls-watch-interval", "100", ...extra], env);
}

interface Reply { status: number; body: string; json?: { response: { uid: string; allowed: boolean; status?: { code: number; message: string }; warnings?: string[] } } }

function request(port: number, opts: { method?: string; path?: string; body?: string | Buffer; agent?: https.Agent; ca?: Buffer[] } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: "127.0.0.1", port, servername: "localhost", method: opts.method ?? "POST", path: opts.path ?? "/validate", ca: opts.ca ?? fs.readFileSync(CERT), agent: opts.agent, headers: { "content-type": "application/json" }, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        let json;
        try {
          json = JSON.parse(body) as Reply["json"];
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, body, json });
      });
    });
    req.on("error", reject);
    req.end(opts.body);
  });
}

const review = (name: string) => fs.readFileSync(path.join("examples", "admission", name), "utf8");
const withNamespace = (text: string, ns: string) => JSON.stringify({ ...JSON.parse(text), request: { ...JSON.parse(text).request, namespace: ns } });

let server: Server | undefined;

test.before(async () => {
  if (!OPENSSL) return;
  makeCert("kubeward-test-1");
  server = await startServer(["--exempt-user", "system:serviceaccount:flux-system:kustomize-controller"]);
});

test.after(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill("SIGTERM");
    await server.exited;
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

function needOpenssl(): boolean {
  if (!OPENSSL) console.log("SKIPPED: openssl is not installed (apt-get install openssl); the webhook suite needs it to make a certificate");
  return OPENSSL;
}

test("allowed: a compliant pod, uid echoed, no warnings", async () => {
  if (!needOpenssl()) return;
  const r = await request(server!.port, { body: review("create-compliant-pod.json") });
  assert.is(r.status, 200, r.body);
  assert.equal(r.json?.response, { uid: "3f2e1d0c-0001-4000-8000-00000000a001", allowed: true });
});

test("denied: a privileged pod, status.message lists rule and message", async () => {
  if (!needOpenssl()) return;
  const r = await request(server!.port, { body: review("create-privileged-pod.json") });
  assert.is(r.json?.response.allowed, false);
  assert.is(r.json?.response.uid, "3f2e1d0c-0002-4000-8000-00000000a002");
  assert.is(r.json?.response.status?.code, 403);
  assert.is(r.json?.response.status?.message, 'kubeward denied Pod shop/debug: [privileged-container] container "debug" is privileged');
});

test("UPDATE is evaluated, DELETE allowed, exempt namespace and user allowed, dryRun evaluated the same", async () => {
  if (!needOpenssl()) return;
  const port = server!.port;
  assert.is((await request(port, { body: review("update-adds-privileged.json") })).json?.response.allowed, false);
  assert.is((await request(port, { body: review("delete-privileged-pod.json") })).json?.response.allowed, true);
  assert.is((await request(port, { body: withNamespace(review("create-privileged-pod.json"), "kube-system") })).json?.response.allowed, true);
  const asFlux = JSON.parse(review("create-privileged-pod.json"));
  asFlux.request.userInfo.username = "system:serviceaccount:flux-system:kustomize-controller";
  assert.is((await request(port, { body: JSON.stringify(asFlux) })).json?.response.allowed, true);
  const dry = JSON.parse(review("create-privileged-pod.json"));
  dry.request.dryRun = true;
  assert.is((await request(port, { body: JSON.stringify(dry) })).json?.response.allowed, false);
});

test("malformed: not JSON, and JSON that is not an AdmissionReview → 400 with a clear message", async () => {
  if (!needOpenssl()) return;
  const a = await request(server!.port, { body: "{not json" });
  assert.is(a.status, 400);
  assert.match(a.body, "the body is not JSON");
  const b = await request(server!.port, { body: JSON.stringify({ apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview", request: { uid: "u1", operation: "PATCH" } }) });
  assert.is(b.status, 400);
  assert.match(b.body, "request.operation must be one of CREATE, UPDATE, DELETE, CONNECT");
  const c = await request(server!.port, { method: "GET" });
  assert.is(c.status, 405);
});

test("oversized: a body over 3 MiB → 413", async () => {
  if (!needOpenssl()) return;
  const big = Buffer.alloc(3 * 1024 * 1024 + 10, 0x20);
  const r = await request(server!.port, { body: big });
  assert.is(r.status, 413);
});

test("healthz, readyz, metrics with kubeward_ names", async () => {
  if (!needOpenssl()) return;
  assert.is((await request(server!.port, { method: "GET", path: "/healthz" })).status, 200);
  assert.is((await request(server!.port, { method: "GET", path: "/readyz" })).status, 200);
  const m = await request(server!.port, { method: "GET", path: "/metrics" });
  assert.match(m.body, /kubeward_admission_requests_total\{result="denied"\} [1-9]/);
  assert.match(m.body, /kubeward_admission_requests_total\{result="too_large"\} 1/);
  assert.match(m.body, /kubeward_admission_request_duration_seconds_bucket\{le="\+Inf"\} \d+/);
  assert.match(m.body, /kubeward_findings_total\{rule="privileged-container",severity="high"\} [1-9]/);
  assert.match(m.body, /kubeward_bundle_info\{bundle="recommended",revision="[0-9a-f]{12}"\} 1/);
});

test("timeout: a body that never finishes → 408 after --request-timeout", async () => {
  if (!needOpenssl()) return;
  const s = await startServer(["--request-timeout", "300"]);
  try {
    const started = Date.now();
    const status = await new Promise<number>((resolve, reject) => {
      const req = https.request({ host: "127.0.0.1", port: s.port, servername: "localhost", method: "POST", path: "/validate", ca: fs.readFileSync(CERT), headers: { "content-length": "1000" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.write("{\"apiVersion\":"); // and nothing more
    });
    assert.is(status, 408);
    assert.ok(Date.now() - started < 5_000);
  } finally {
    s.child.kill("SIGTERM");
    await s.exited;
  }
});

test("warnings: with --fail-on critical a high finding is a warning and the pod is allowed", async () => {
  if (!needOpenssl()) return;
  const s = await startServer(["--fail-on", "critical"]);
  try {
    const r = await request(s.port, { body: review("create-privileged-pod.json") });
    assert.equal(r.json?.response, { uid: "3f2e1d0c-0002-4000-8000-00000000a002", allowed: true, warnings: ['[privileged-container] container "debug" is privileged'] });
  } finally {
    s.child.kill("SIGTERM");
    await s.exited;
  }
});

test("reload under load: SIGHUP bundle reloads and a certificate swap while 400 requests run; none fails", async () => {
  if (!needOpenssl()) return;
  const port = server!.port;
  const agent = new https.Agent({ keepAlive: true, maxSockets: 8 });
  const bodies = [review("create-compliant-pod.json"), review("create-privileged-pod.json")];
  const N = 400;
  // Trust the old and (once made) the new certificate: the server swaps at its next file check.
  const ca = [fs.readFileSync(CERT)];
  const results: boolean[] = [];
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < N) {
      const i = next++;
      const t = performance.now();
      const r = await request(port, { body: bodies[i % 2], agent, ca });
      latencies.push(performance.now() - t);
      results[i] = r.status === 200 && r.json?.response.allowed === (i % 2 === 0);
    }
  };
  const load = Promise.all(Array.from({ length: 8 }, worker));
  for (let k = 0; k < 3; k++) {
    await new Promise((r) => setTimeout(r, 40));
    server!.child.kill("SIGHUP");
  }
  makeCert("kubeward-test-2");
  ca.push(fs.readFileSync(CERT));
  await load;
  agent.destroy();
  assert.is(results.filter(Boolean).length, N, `${results.filter((x) => !x).length} requests failed`);
  latencies.sort((a, b) => a - b);
  console.log(`reload under load: ${N} requests, 8 concurrent, p50 ${latencies[N / 2]!.toFixed(2)} ms, p99 ${latencies[Math.floor(N * 0.99)]!.toFixed(2)} ms (client-side, TLS keep-alive)`);
  // Reloads are asynchronous: wait (bounded) for the log lines.
  for (let i = 0; i < 50 && (server!.logs.filter((l) => l.includes('"bundle reloaded"')).length < 1 || !server!.logs.some((l) => l.includes("TLS certificate reloaded"))); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(server!.logs.some((l) => l.includes('"bundle reloaded"')), "a bundle reload was logged");
  assert.ok(server!.logs.some((l) => l.includes("TLS certificate reloaded")), "the certificate swap was picked up");
  // A new connection is served with the new certificate.
  const cn = await new Promise<string>((resolve, reject) => {
    const sock = tls.connect({ host: "127.0.0.1", port, servername: "localhost", ca: fs.readFileSync(CERT) }, () => {
      resolve(String(sock.getPeerCertificate().subject.CN));
      sock.end();
    });
    sock.on("error", reject);
  });
  assert.is(cn, "kubeward-test-2");
});

test("KUBEWARD_SERVE_THREADS=1 (evaluation in the HTTP thread) answers the same and reloads on SIGHUP", async () => {
  if (!needOpenssl()) return;
  const s = await startServer([], { KUBEWARD_SERVE_THREADS: "1" });
  try {
    assert.equal((await request(s.port, { body: review("create-compliant-pod.json") })).json?.response, { uid: "3f2e1d0c-0001-4000-8000-00000000a001", allowed: true });
    assert.is((await request(s.port, { body: review("create-privileged-pod.json") })).json?.response.status?.message, 'kubeward denied Pod shop/debug: [privileged-container] container "debug" is privileged');
    assert.is((await request(s.port, { body: "{not json" })).status, 400);
    s.child.kill("SIGHUP");
    for (let i = 0; i < 50 && !s.logs.some((l) => l.includes('"bundle reloaded"')); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(s.logs.some((l) => l.includes('"bundle reloaded"')), s.logs.join("\n"));
    assert.is((await request(s.port, { body: review("create-privileged-pod.json") })).json?.response.allowed, false);
  } finally {
    s.child.kill("SIGTERM");
    await s.exited;
  }
});

test("a --bundle FILE is reloaded when it changes; the new bundle decides", async () => {
  if (!needOpenssl()) return;
  const file = path.join(tmp, "bundle.yaml");
  fs.writeFileSync(file, fs.readFileSync(path.join("bundles", "pss-baseline.yaml"), "utf8"));
  const s = await startServer(["--bundle", file]);
  try {
    assert.is((await request(s.port, { body: review("create-privileged-pod.json") })).json?.response.allowed, false);
    // Exclude the rule that denies it; the server picks the edit up at its next check (100 ms here).
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/exclude:\n {2}ids: \[\]/, "exclude:\n  ids: [privileged-container]"));
    for (let i = 0; i < 50 && !s.logs.some((l) => l.includes('"bundle reloaded"')); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(s.logs.some((l) => l.includes('"bundle reloaded"')), s.logs.join("\n"));
    assert.is((await request(s.port, { body: review("create-privileged-pod.json") })).json?.response.allowed, true);
  } finally {
    s.child.kill("SIGTERM");
    await s.exited;
  }
});

test("shutdown: SIGTERM lets an in-flight request finish, then exits 0", async () => {
  if (!needOpenssl()) return;
  const s = server!;
  const body = review("create-privileged-pod.json");
  const reply = new Promise<Reply>((resolve, reject) => {
    const req = https.request({ host: "127.0.0.1", port: s.port, servername: "localhost", method: "POST", path: "/validate", ca: fs.readFileSync(CERT), headers: { "content-length": String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.write(body.slice(0, 100));
    setTimeout(() => {
      s.child.kill("SIGTERM");
      setTimeout(() => req.end(body.slice(100)), 200);
    }, 200);
  });
  const r = await reply;
  assert.is(r.status, 200);
  assert.is((JSON.parse(r.body) as { response: { allowed: boolean } }).response.allowed, false);
  assert.is(await s.exited, 0);
  assert.ok(s.logs.some((l) => l.includes("shutting down")));
});

test.run();
