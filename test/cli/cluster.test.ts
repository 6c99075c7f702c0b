// `kubeward scan --cluster` against an in-test API server (test/unit/kube/fake-apiserver.ts): the
// built CLI in a subprocess, as a user runs it. The real kube-apiserver end-to-end is in test/e2e.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { main } from "../../src/cli/main.ts";
import { FakeApiServer, OPENSSL, makePki, writeKubeconfig, type Pki } from "../unit/kube/fake-apiserver.ts";
import { CLUSTER_ADMIN_BINDING, SECRET_VALUE, clusterObjects } from "../fixtures/cluster/objects.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-cli-cluster-"));
let pki: Pki;
let api: FakeApiServer;
let kubeconfig = "";

interface Run { status: number; stdout: string; stderr: string }

/** The built CLI, asynchronously: the API server answering it runs in this process. */
function kubeward(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve("bin", "kubeward.js"), ...args], { env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", KUBECONFIG: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.on("close", (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}

interface Finding { rule: string; file: string; line: number; resource: { kind: string; namespace?: string; name: string } }
const parse = (r: Run) => {
  try {
    return JSON.parse(r.stdout) as { findings: Finding[]; errors: unknown[]; warnings?: string[]; summary: { resources: number } };
  } catch {
    throw new Error(`not JSON (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
};

test.before(async () => {
  if (!OPENSSL) return;
  pki = makePki();
  api = new FakeApiServer({ pki, tokens: { "t-admin": "admin" }, objects: clusterObjects() });
  kubeconfig = writeKubeconfig(dir, "kubeconfig.json", await api.start(), pki, { token: "t-admin" });
});
test.after(async () => {
  await api?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  if (pki) fs.rmSync(pki.dir, { recursive: true, force: true });
});

function skip(): boolean {
  if (!OPENSSL) console.log("SKIPPED: openssl is not installed (apt-get install openssl); the cluster scan tests need it for the API server's certificates");
  return !OPENSSL;
}

test("scan --cluster: findings located at cluster://context/namespace/kind/name, lines into the object's JSON", async () => {
  if (skip()) return;
  const r = await kubeward(["scan", "--cluster", "--kubeconfig", kubeconfig, "--format", "json"]);
  const report = parse(r);
  assert.is(r.status, 1, r.stderr);
  assert.equal(report.errors, []);
  const priv = report.findings.find((f) => f.rule === "privileged-container");
  assert.ok(priv, JSON.stringify(report.findings.map((f) => f.rule)));
  assert.is(priv.file, "cluster://fake/shop/DaemonSet/node-debugger");
  assert.equal(priv.resource, { apiVersion: "apps/v1", kind: "DaemonSet", namespace: "shop", name: "node-debugger" } as unknown as Finding["resource"]);
  // The object as `kubectl get -o json` prints it (4-space JSON, no managedFields): the finding's
  // line is the one holding "privileged": true.
  const stored = api.get("DaemonSet", "shop", "node-debugger")!;
  const shown = JSON.stringify({ ...stored, metadata: { ...stored.metadata, managedFields: undefined } }, null, 4).split("\n");
  assert.match(shown[priv.line - 1] ?? "", '"privileged": true');
  assert.is(report.summary.resources, clusterObjects().length);
});

test("the whole cluster is data.inventory: a ClusterRoleBinding to cluster-admin makes the Deployment a finding", async () => {
  if (skip()) return;
  const before = parse(await kubeward(["scan", "--cluster", "--kubeconfig", kubeconfig, "--format", "json", "--bundle", "all"]));
  assert.not.ok(before.findings.some((f) => f.rule === "workload-cluster-admin-service-account"));
  api.emit("ADDED", CLUSTER_ADMIN_BINDING);
  try {
    const after = parse(await kubeward(["scan", "--cluster", "--kubeconfig", kubeconfig, "--format", "json", "--bundle", "all"]));
    const f = after.findings.find((x) => x.rule === "workload-cluster-admin-service-account");
    assert.ok(f, "cross-resource finding once the binding exists");
    assert.is(f.file, "cluster://fake/shop/Deployment/orders-api");
    // --namespace shop: the binding is cluster-scoped, not reported, but still in the inventory.
    const narrowed = parse(await kubeward(["scan", "--cluster", "--kubeconfig", kubeconfig, "--format", "json", "--bundle", "all", "--namespace", "shop"]));
    assert.ok(narrowed.findings.some((x) => x.rule === "workload-cluster-admin-service-account"));
    assert.ok(narrowed.findings.every((x) => x.resource.namespace === "shop" || (x.resource.kind === "Namespace" && x.resource.name === "shop")), JSON.stringify(narrowed.findings.map((x) => x.file)));
  } finally {
    api.emit("DELETED", CLUSTER_ADMIN_BINDING);
  }
});

test("a kind the user may not list: a warning naming it (in the report and on stderr), the rest scanned, not fatal", async () => {
  if (skip()) return;
  api.opts.forbidden = ["secrets"];
  try {
    const r = await kubeward(["scan", "--cluster", "--kubeconfig", kubeconfig, "--format", "json"]);
    const report = parse(r);
    assert.is(r.status, 1);
    assert.equal(report.errors, []);
    assert.is(report.warnings?.length, 1);
    assert.match(report.warnings![0]!, 'Secret (v1 secrets) not read: list secrets: user "tester" (context "fake") is not allowed to (403 Forbidden)');
    assert.match(r.stderr, "kubeward: warning: Secret (v1 secrets) not read");
    const text = await kubeward(["scan", "--cluster", "--kubeconfig", kubeconfig]);
    assert.match(text.stdout, /Warnings\n {2}Secret \(v1 secrets\) not read/);
  } finally {
    api.opts.forbidden = [];
  }
});

test("Secret values are never printed, in any format", async () => {
  if (skip()) return;
  const b64 = Buffer.from(SECRET_VALUE).toString("base64");
  for (const format of ["text", "json", "sarif", "junit", "github"]) {
    const r = await kubeward(["scan", "--cluster", "--kubeconfig", kubeconfig, "--format", format, "--bundle", "all"]);
    assert.ok(r.status === 0 || r.status === 1, `${format}: exit ${r.status}: ${r.stderr}`);
    for (const part of [SECRET_VALUE.slice(0, 10), SECRET_VALUE.slice(-10), b64.slice(0, 12), b64.slice(-12)]) {
      assert.not.ok(r.stdout.includes(part) || r.stderr.includes(part), `${format} printed part of the secret (${part})`);
    }
  }
});

test("bad kubeconfig and missing context: exit 2 with file and key", async () => {
  if (skip()) return;
  const r = await kubeward(["scan", "--cluster", "--kubeconfig", kubeconfig, "--context", "prod"]);
  assert.is(r.status, 2);
  assert.is(r.stderr, `kubeward: kubeconfig ${kubeconfig}: context "prod" not found (contexts: fake)\n`);
  const usage = await kubeward(["scan", "--context", "prod"]);
  assert.is(usage.status, 2);
  assert.match(usage.stderr, "--context applies to a cluster scan; add --cluster.");
  const bad = path.join(dir, "bad.yaml");
  fs.writeFileSync(bad, "clusters:\n  - name: a\n    cluster: {server: [\n");
  const broken = await kubeward(["scan", "--cluster"], { KUBECONFIG: bad });
  assert.is(broken.status, 2);
  assert.match(broken.stderr, new RegExp(`^kubeward: ${bad.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:\\d+: kubeconfig is not valid YAML`));
});

test("progress bar: drawn on stderr on a terminal, absent when not a terminal or under CI", async () => {
  if (skip()) return;
  const piped = await kubeward(["scan", "--cluster", "--kubeconfig", kubeconfig, "--format", "json"]);
  assert.not.match(piped.stderr, "kinds ·");
  assert.not.ok(piped.stderr.includes("\r"));
  const run = async (env: Record<string, string | undefined>) => {
    let err = "";
    let out = "";
    const code = await main({
      argv: ["scan", "--cluster", "--kubeconfig", kubeconfig, "--format", "json"],
      cwd: process.cwd(),
      env,
      stdout: { write: (s: string) => (out += s), isTTY: false },
      stderr: { write: (s: string) => (err += s), isTTY: true },
      readStdin: async () => "",
    });
    return { code, err, out };
  };
  const tty = await run({ HOME: dir });
  assert.is(tty.code, 1, tty.err);
  assert.match(tty.err, /█+░*|░+/);
  assert.match(tty.err, /\d+\/\d+\s+kinds · \d+ objects from fake/, JSON.stringify(tty.err.slice(0, 300)));
  assert.ok(tty.err.endsWith("\r\u001b[K") || tty.err.endsWith("\r\u001b[2K"), "the bar is erased when done");
  assert.ok(JSON.parse(tty.out), "stdout carries only the report");
  const ci = await run({ HOME: dir, CI: "true" });
  assert.is(ci.err, "");
});

test.run();
