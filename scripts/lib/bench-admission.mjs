// `npm run bench`, section 5: live admission. The same realistic mix of AdmissionReviews is sent,
// from a second process (bench-load.mjs) over TLS keep-alive connections on loopback, to
//   (a) `kubeward serve --bundle recommended` and
//   (b) the real `opa run --server` with the OPA bundle `kubeward build --target opa` writes from
//       the same library and bundle, queried at its default decision (POST /, data.system.main),
// after checking that both give every review the same verdict. For each: the maximum throughput
// (closed loop, N connections) and p50/p99 latency at a fixed offered rate (open loop).
// Targets (issue 5): p99 ≤ 5 ms at 1,000 reviews/s, and throughput ≥ opa run --server's.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { loadAll } from "js-yaml";

const KINDS = new Set(["Pod", "Deployment", "Service", "ConfigMap", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"]);
const CLUSTER_SCOPED = new Set(["ClusterRole", "ClusterRoleBinding"]);
const GROUPS = { Deployment: "apps", Role: "rbac.authorization.k8s.io", ClusterRole: "rbac.authorization.k8s.io", RoleBinding: "rbac.authorization.k8s.io", ClusterRoleBinding: "rbac.authorization.k8s.io" };
const RESOURCES = { Pod: "pods", Deployment: "deployments", Service: "services", ConfigMap: "configmaps", Role: "roles", ClusterRole: "clusterroles", RoleBinding: "rolebindings", ClusterRoleBinding: "clusterrolebindings" };

const env = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);

/** Returns bench rows: [label, what, figure, verdict]. */
export async function admissionRows(root) {
  const opa = process.env.KUBEWARD_OPA ?? path.join(root, ".tools", "bin", "opa");
  if (!fs.existsSync(opa)) return [["admission: kubeward serve vs opa run --server", "opa not installed (node scripts/bootstrap.mjs) — SKIPPED", "", ""]];
  if (spawnSync("openssl", ["version"]).status !== 0) return [["admission: kubeward serve vs opa run --server", "openssl not installed (apt-get install openssl) — SKIPPED", "", ""]];
  const cfg = {
    connections: env("KUBEWARD_BENCH_CONNECTIONS", 8),
    closedMs: env("KUBEWARD_BENCH_CLOSED_MS", 8_000),
    rate: env("KUBEWARD_BENCH_RATE", 1_000),
    openMs: env("KUBEWARD_BENCH_OPEN_MS", 10_000),
    warmupMs: env("KUBEWARD_BENCH_WARMUP_MS", 3_000),
  };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kubeward-bench-admission-"));
  const stops = [];
  try {
    const cert = makeCertificate(tmp);
    const reviews = buildReviews(root);
    const bodiesFile = path.join(tmp, "bodies.json");
    fs.writeFileSync(bodiesFile, JSON.stringify(reviews.map((r) => JSON.stringify(r.review))));

    const built = spawnSync(process.execPath, [path.join(root, "bin", "kubeward.js"), "build", "--target", "opa", "--bundle", "recommended", "--fail-on", "high", "--out", path.join(tmp, "build")], { cwd: root, encoding: "utf8" });
    if (built.status !== 0) throw new Error(`kubeward build --target opa failed:\n${built.stderr}`);
    const opaBundle = path.join(tmp, "build", "opa", "recommended.tar.gz");

    const kw = await startKubeward(root, cert);
    stops.push(kw.stop);
    const op = await startOpaTls(opa, opaBundle, cert);
    stops.push(op.stop);
    const targets = [
      { name: "kubeward serve", port: kw.port, path: "/validate", proc: kw },
      { name: "opa run --server", port: op.port, path: "/", proc: op },
    ];

    // Same reviews, same verdicts — or there is nothing to compare.
    const verdicts = [];
    for (const t of targets) verdicts.push((await load(root, tmp, cert, t, bodiesFile, [{ kind: "verify" }]))[0].verdicts);
    const wrong = [];
    reviews.forEach((r, i) => {
      const [a, b] = [verdicts[0][i], verdicts[1][i]];
      if (a.status !== 200 || b.status !== 200 || a.allowed !== b.allowed) wrong.push(`${r.label}: kubeward ${a.status}/${a.allowed}, opa ${b.status}/${b.allowed}`);
    });
    if (wrong.length > 0) throw new Error(`kubeward serve and opa run --server disagree on ${wrong.length} of ${reviews.length} reviews:\n  ${wrong.slice(0, 20).join("\n  ")}`);
    const allowed = verdicts[0].filter((v) => v.allowed).length;
    const ops = ["CREATE", "UPDATE", "DELETE"].map((op) => `${reviews.filter((r) => r.review.request.operation === op).length} ${op}`).join(", ");
    const rows = [["admission: review mix (same verdicts from both)", `${reviews.length} reviews (${ops}); ${allowed} allowed, ${reviews.length - allowed} denied`, "", ""]];

    // Timed phases: warm up, the closed loop, then the open loop; one server at a time.
    const results = [];
    // KUBEWARD_BENCH_ONLY=kubeward times only kubeward (for profiling; no comparison rows then).
    for (const t of process.env.KUBEWARD_BENCH_ONLY === "kubeward" ? targets.slice(0, 1) : targets) {
      await load(root, tmp, cert, t, bodiesFile, [{ kind: "closed", connections: cfg.connections, ms: cfg.warmupMs }]);
      // CPU seconds the server process used per review: unlike wall-clock figures, this hardly
      // depends on what else the machine is running.
      const cpu0 = cpuSeconds(t.proc.pid);
      const [closed] = await load(root, tmp, cert, t, bodiesFile, [{ kind: "closed", connections: cfg.connections, ms: cfg.closedMs }]);
      const cpu = cpu0 === undefined ? undefined : (cpuSeconds(t.proc.pid) - cpu0) / closed.requests;
      const [openLoop] = await load(root, tmp, cert, t, bodiesFile, [{ kind: "open", rate: cfg.rate, ms: cfg.openMs, connections: 32 }]);
      results.push({ t, closed, openLoop, cpu });
    }
    const fmt = (x) => `${x.toFixed(2)} ms`;
    const bad = (r) => Object.entries(r.statuses).filter(([s]) => s !== "200").map(([s, n]) => `${n}× ${s}`).join(", ");
    for (const { t, closed, openLoop, cpu } of results) {
      const errors = [bad(closed), bad(openLoop)].filter(Boolean).join("; ");
      const perReview = cpu === undefined ? "" : `, ${(cpu * 1e6).toFixed(0)} µs server CPU per review`;
      rows.push([`admission: ${t.name}, closed loop`, `${cfg.connections} connections, ${closed.requests} reviews in ${(closed.ms / 1000).toFixed(1)} s${perReview}${errors ? `, NON-200: ${errors}` : ""}`, `${closed.perSec.toFixed(0)} reviews/s`, `p50 ${fmt(closed.p50)}, p99 ${fmt(closed.p99)}`]);
      const behind = openLoop.unanswered > 0 ? ` (${openLoop.unanswered} still unanswered 5 s after the last was due: latencies are lower bounds)` : "";
      rows.push([`admission: ${t.name}, ${cfg.rate}/s offered`, `${openLoop.requests} reviews, ${openLoop.perSec.toFixed(0)}/s answered${behind}${errors ? `, NON-200: ${errors}` : ""}`, `p50 ${fmt(openLoop.p50)}`, `p99 ${fmt(openLoop.p99)}, max ${fmt(openLoop.max)}`]);
    }
    if (results.length < 2) return rows;
    const [k, o] = results;
    const ratio = k.closed.perSec / o.closed.perSec;
    const p99ok = k.openLoop.p99 <= 5 && !bad(k.openLoop) && k.openLoop.unanswered === 0;
    rows.push(["admission: kubeward p99 at the offered rate", `${cfg.rate} reviews/s for ${cfg.openMs / 1000} s`, fmt(k.openLoop.p99), `target ≤ 5 ms ${p99ok ? "MET" : "MISSED"} (opa: ${fmt(o.openLoop.p99)})`]);
    rows.push(["admission: kubeward throughput vs opa run --server", `${cfg.connections} connections, same reviews`, `${k.closed.perSec.toFixed(0)} vs ${o.closed.perSec.toFixed(0)} reviews/s`, `${ratio.toFixed(2)}× opa (target ≥ 1×) ${ratio >= 1 ? "MET" : "MISSED"}`]);
    return rows;
  } finally {
    for (const stop of stops.reverse()) await stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** user + system CPU seconds of a process so far (Linux /proc), or undefined elsewhere. */
function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return undefined;
  }
}

function makeCertificate(dir) {
  const cert = path.join(dir, "tls.crt");
  const key = path.join(dir, "tls.key");
  const r = spawnSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr}`);
  return { cert, key };
}

/**
 * The mix: every example object of the library's rules of the kinds a webhook typically sees
 * (pods, deployments, services, configmaps, RBAC), allowed and denied, as a CREATE; for each rule
 * with both an allowed and a denied example of one kind, the UPDATE that breaks it and the UPDATE
 * that fixes it; a DELETE for every fifth object; and the reviews in examples/admission. Objects in
 * kube-system are left out (kubeward exempts that namespace by default, the OPA bundle has no
 * exemptions). The order is shuffled with a fixed seed, so every run sends the same sequence.
 */
export function buildReviews(root) {
  const reviews = [];
  const wrap = (operation, object, oldObject, label) => {
    const o = object ?? oldObject;
    const namespace = CLUSTER_SCOPED.has(o.kind) ? undefined : (o.metadata?.namespace ?? "default");
    const request = {
      uid: `bench-${reviews.length}`,
      kind: { group: GROUPS[o.kind] ?? "", version: o.apiVersion.split("/").pop(), kind: o.kind },
      resource: { group: GROUPS[o.kind] ?? "", version: o.apiVersion.split("/").pop(), resource: RESOURCES[o.kind] },
      name: o.metadata?.name ?? "",
      operation,
      userInfo: { username: "system:serviceaccount:ci:deployer", uid: "0d3c5d52-3c5a-4f0e-9d38-6e4a7c3e0001", groups: ["system:serviceaccounts", "system:serviceaccounts:ci", "system:authenticated"] },
      object: object ?? null,
      oldObject: oldObject ?? null,
      dryRun: false,
      options: operation === "DELETE" ? { kind: "DeleteOptions", apiVersion: "meta.k8s.io/v1" } : { kind: `${operation === "CREATE" ? "Create" : "Update"}Options`, apiVersion: "meta.k8s.io/v1", fieldManager: "kubectl-client-side-apply" },
    };
    if (namespace !== undefined) request.namespace = namespace;
    reviews.push({ label, review: { apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview", request } });
  };
  const rulesDir = path.join(root, "policies", "rules");
  let objects = 0;
  for (const category of fs.readdirSync(rulesDir).sort()) {
    for (const rule of fs.readdirSync(path.join(rulesDir, category)).sort()) {
      const byVerdict = { allowed: [], denied: [] };
      for (const verdict of ["allowed", "denied"]) {
        const dir = path.join(rulesDir, category, rule, "examples", verdict);
        if (!fs.existsSync(dir)) continue;
        for (const f of fs.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
          for (const o of loadAll(fs.readFileSync(path.join(dir, f), "utf8"))) {
            if (!o || typeof o !== "object" || !KINDS.has(o.kind) || o.metadata?.namespace === "kube-system") continue;
            byVerdict[verdict].push({ o, label: `${category}/${rule}/examples/${verdict}/${f} ${o.kind}/${o.metadata?.name}` });
          }
        }
      }
      for (const { o, label } of [...byVerdict.allowed, ...byVerdict.denied]) {
        wrap("CREATE", o, undefined, `CREATE ${label}`);
        if (objects++ % 5 === 0) wrap("DELETE", undefined, o, `DELETE ${label}`);
      }
      for (const bad of byVerdict.denied) {
        const good = byVerdict.allowed.find((a) => a.o.kind === bad.o.kind);
        if (!good) continue;
        const fixed = { ...good.o, metadata: { ...good.o.metadata, name: bad.o.metadata?.name, namespace: bad.o.metadata?.namespace } };
        wrap("UPDATE", bad.o, fixed, `UPDATE (breaks) ${bad.label}`);
        wrap("UPDATE", fixed, bad.o, `UPDATE (fixes) ${bad.label}`);
      }
    }
  }
  for (const f of fs.readdirSync(path.join(root, "examples", "admission")).sort()) {
    const review = JSON.parse(fs.readFileSync(path.join(root, "examples", "admission", f), "utf8"));
    reviews.push({ label: `examples/admission/${f}`, review });
  }
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = reviews.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [reviews[i], reviews[j]] = [reviews[j], reviews[i]];
  }
  return reviews;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A child with a hard kill after `hardMs` and a stop() that waits for its exit. */
function supervise(child, hardMs) {
  let exited = false;
  const exit = new Promise((resolve) => child.once("exit", (code, signal) => ((exited = true), resolve(code ?? signal))));
  const hard = setTimeout(() => child.kill("SIGKILL"), hardMs);
  hard.unref();
  return {
    exit,
    isExited: () => exited,
    stop: async () => {
      clearTimeout(hard);
      if (!exited) {
        child.kill("SIGTERM");
        await exit;
      }
    },
  };
}

/** `kubeward serve` as built, logging to a pipe this process drains (as a container runtime would). */
async function startKubeward(root, { cert, key }) {
  // KUBEWARD_BENCH_SERVE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
  const nodeArgs = (process.env.KUBEWARD_BENCH_SERVE_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, "bin", "kubeward.js"), "serve", "--tls-cert", cert, "--tls-key", key, "--port", "0", "--host", "127.0.0.1", "--bundle", "recommended", "--shutdown-grace", "2000"], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  const s = supervise(child, 900_000);
  let buf = "";
  let logLines = 0;
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kubeward serve did not start in 30 s:\n${buf}`)), 30_000);
    child.stderr.on("data", (b) => {
      buf += b.toString("utf8");
      let nl;
      while ((nl = buf.indexOf("\n")) !== -1) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        logLines++;
        if (line.includes('"msg":"listening"')) {
          clearTimeout(timer);
          resolve(JSON.parse(line).port);
        }
      }
    });
    void s.exit.then((code) => reject(new Error(`kubeward serve exited (${code}) before listening:\n${buf}`)));
  });
  return { port, pid: child.pid, stop: s.stop, logLines: () => logLines };
}

/** The real `opa run --server` with TLS, ready once /health?bundles=true answers 200. */
async function startOpaTls(opa, bundle, { cert, key }) {
  const port = await freePort();
  const child = spawn(opa, ["run", "--server", "--addr", `127.0.0.1:${port}`, "--tls-cert-file", cert, "--tls-private-key-file", key, "--log-level", "error", "--bundle", bundle], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (b) => (output += b));
  child.stderr.on("data", (b) => (output += b));
  const s = supervise(child, 900_000);
  const ca = fs.readFileSync(cert);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (s.isExited()) throw new Error(`opa exited before it was ready:\n${output}`);
    const status = await new Promise((resolve) => {
      const req = https.get({ host: "127.0.0.1", port, path: "/health?bundles=true", servername: "localhost", ca, timeout: 2_000 }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on("error", () => resolve(0));
      req.on("timeout", () => req.destroy());
    });
    if (status === 200) return { port, pid: child.pid, stop: s.stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await s.stop();
  throw new Error(`opa was not ready within 30 s:\n${output}`);
}

/** Runs the load generator in its own process against one target; returns its per-phase results. */
async function load(root, tmp, { cert }, target, bodiesFile, phases) {
  const specFile = path.join(tmp, "load.json");
  fs.writeFileSync(specFile, JSON.stringify({ host: "127.0.0.1", port: target.port, servername: "localhost", ca: cert, path: target.path, bodies: bodiesFile, phases }));
  const child = spawn(process.execPath, [path.join(root, "scripts", "lib", "bench-load.mjs"), specFile], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (b) => (out += b));
  child.stderr.on("data", (b) => (err += b));
  const code = await supervise(child, 300_000).exit;
  if (code !== 0) throw new Error(`the load generator failed against ${target.name} (${code}):\n${err}`);
  return JSON.parse(out.trim().split("\n").pop());
}
