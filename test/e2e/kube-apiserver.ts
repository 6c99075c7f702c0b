// A real, throwaway Kubernetes control plane for the admission end-to-end test: etcd and
// kube-apiserver (built from test/e2e/kube by scripts/e2e-tools.mjs) on loopback ports, with
// certificates made by openssl in a temporary directory, an admin user by client certificate, a
// kubeconfig, and `kubeward serve` registered as a validating webhook by URL. Every wait is
// bounded, every process is stopped by stop() — and killed on process exit if a test crashes first.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import { freePort } from "./opa-server.ts";

const root = process.cwd();
const toolsDir = path.join(root, ".tools", "bin");

export const E2E_BINARIES = ["etcd", "kube-apiserver", "kubectl"] as const;

/** What the harness needs and cannot find, each with how to get it; empty when all is present. */
export function missingPrerequisites(): string[] {
  const missing: string[] = [];
  for (const name of E2E_BINARIES) {
    if (!fs.existsSync(path.join(toolsDir, name))) missing.push(`${name} (.tools/bin/${name}: run node scripts/e2e-tools.mjs, which builds it with Go from test/e2e/kube)`);
  }
  if (spawnSync("openssl", ["version"]).status !== 0) missing.push("openssl (the Debian package openssl; node scripts/bootstrap.mjs installs it)");
  if (!fs.existsSync(path.join(root, "dist", "kubeward.mjs"))) missing.push("dist/kubeward.mjs (run node scripts/build.mjs)");
  return missing;
}

// Children never inherit a proxy: the API server would send its webhook calls to it, and kubectl
// its requests, instead of to 127.0.0.1.
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(https?|all|no)_proxy$/i.test(k)) delete env[k];
  return { ...env, NO_PROXY: "127.0.0.1,localhost", no_proxy: "127.0.0.1,localhost" };
}

interface Proc {
  name: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  hasExited: () => boolean;
}

const running = new Set<ChildProcess>();
// A crashed or interrupted test run must not leave an API server behind.
process.once("exit", () => {
  for (const c of running) c.kill("SIGKILL");
});

function startProcess(name: string, cmd: string, args: string[], opts: { cwd?: string } = {}): Proc {
  const child = spawn(cmd, args, { cwd: opts.cwd, env: childEnv(), stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let out = "";
  // Only the tail: kube-apiserver logs a lot, and failure messages need the end of it.
  const keep = (b: Buffer) => {
    out = (out + b.toString("utf8")).slice(-2_000_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let done = false;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code, signal) => {
      done = true;
      running.delete(child);
      resolve(code ?? (signal ? -1 : null));
    }),
  );
  return { name, child, output: () => out, exited, hasExited: () => done };
}

async function stopProcess(p: Proc, graceMs = 10_000): Promise<void> {
  if (p.hasExited()) return;
  p.child.kill("SIGTERM");
  const timer = setTimeout(() => p.child.kill("SIGKILL"), graceMs);
  await p.exited;
  clearTimeout(timer);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns true; throws with `describe()` when `ms` pass or `proc` exits. */
async function waitFor(what: string, ms: number, proc: Proc, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (proc.hasExited()) throw new Error(`${proc.name} exited before ${what}:\n${proc.output()}`);
    if (await probe().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`${what}: not within ${ms / 1000} s. ${proc.name}'s last output:\n${proc.output()}`);
}

function openssl(dir: string, args: string[]): void {
  const r = spawnSync("openssl", args, { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`openssl ${args.join(" ")} failed:\n${r.stderr}`);
}

export interface Certificates {
  dir: string;
  ca: string;
  caKey: string;
}

/** A CA, and a certificate signed by it (name.crt/name.key) for each subject and SAN list. */
function makeCertificates(dir: string): Certificates {
  openssl(dir, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "1", "-subj", "/CN=kubeward-e2e-ca"]);
  return { dir, ca: path.join(dir, "ca.crt"), caKey: path.join(dir, "ca.key") };
}

function issue(certs: Certificates, name: string, subject: string, ext: string): { cert: string; key: string } {
  const { dir } = certs;
  openssl(dir, ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", `${name}.key`, "-out", `${name}.csr`, "-subj", subject]);
  fs.writeFileSync(path.join(dir, `${name}.ext`), `${ext}\n`);
  openssl(dir, ["x509", "-req", "-in", `${name}.csr`, "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-days", "1", "-extfile", `${name}.ext`, "-out", `${name}.crt`]);
  return { cert: path.join(dir, `${name}.crt`), key: path.join(dir, `${name}.key`) };
}

export interface KubectlRun { status: number; stdout: string; stderr: string }

export interface Cluster {
  dir: string;
  kubeconfig: string;
  apiserverUrl: string;
  caFile: string;
  /**
   * The real kubectl against this API server as the admin user (input on stdin). Asynchronous on
   * purpose: a synchronous spawn would stop this process reading the servers' logs, and a server
   * blocked on a full log pipe would stall the very request kubectl waits for.
   */
  kubectl(args: string[], input?: string): Promise<KubectlRun>;
  /** Starts `kubeward serve` on 127.0.0.1 with a certificate from the cluster's CA. */
  startWebhook(extraArgs?: string[]): Promise<Webhook>;
  /** The logs of every process, for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

export interface Webhook {
  url: string;
  port: number;
  logs(): string;
  stop(): Promise<void>;
}

/**
 * Starts etcd and kube-apiserver and waits until /readyz answers ok. `readyMs` bounds the wait
 * (kube-apiserver's first start on two busy cores takes tens of seconds).
 */
export async function startCluster(opts: { readyMs?: number } = {}): Promise<Cluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-kube-e2e-"));
  const procs: Proc[] = [];
  const stop = async () => {
    // Reverse order: the webhook and the API server before the etcd they depend on.
    for (const p of [...procs].reverse()) await stopProcess(p);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const certs = makeCertificates(dir);
    const serving = issue(certs, "apiserver", "/CN=kube-apiserver", "subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes.default.svc");
    // system:masters is bound to cluster-admin by the API server's bootstrap RBAC policy.
    const admin = issue(certs, "admin", "/O=system:masters/CN=kubeward-e2e-admin", "extendedKeyUsage=clientAuth");
    openssl(dir, ["genrsa", "-out", "sa.key", "2048"]);
    openssl(dir, ["rsa", "-in", "sa.key", "-pubout", "-out", "sa.pub"]);

    const [etcdClient, etcdPeer, securePort] = [await freePort(), await freePort(), await freePort()];
    const etcdUrl = `http://127.0.0.1:${etcdClient}`;
    const etcd = startProcess("etcd", path.join(toolsDir, "etcd"), [
      "--name", "e2e", "--data-dir", path.join(dir, "etcd"),
      "--listen-client-urls", etcdUrl, "--advertise-client-urls", etcdUrl,
      "--listen-peer-urls", `http://127.0.0.1:${etcdPeer}`, "--initial-advertise-peer-urls", `http://127.0.0.1:${etcdPeer}`,
      "--initial-cluster", `e2e=http://127.0.0.1:${etcdPeer}`,
      // Throwaway data: no fsync keeps etcd from waiting on a disk the whole machine shares.
      "--unsafe-no-fsync", "--log-level", "error",
    ]);
    procs.push(etcd);
    await waitFor("etcd /health", 30_000, etcd, async () => {
      const r = await fetch(`${etcdUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      return r.ok && /"health":"true"/.test(await r.text());
    });

    const apiserverUrl = `https://127.0.0.1:${securePort}`;
    const apiserver = startProcess("kube-apiserver", path.join(toolsDir, "kube-apiserver"), [
      "--etcd-servers", etcdUrl,
      "--bind-address", "127.0.0.1", "--advertise-address", "127.0.0.1", "--secure-port", String(securePort),
      "--cert-dir", path.join(dir, "apiserver-certs"),
      "--tls-cert-file", serving.cert, "--tls-private-key-file", serving.key, "--client-ca-file", certs.ca,
      "--service-account-issuer", "https://kubernetes.default.svc",
      "--service-account-key-file", path.join(dir, "sa.pub"), "--service-account-signing-key-file", path.join(dir, "sa.key"),
      "--service-cluster-ip-range", "10.96.0.0/24",
      "--authorization-mode", "RBAC",
      "--enable-admission-plugins", "NamespaceLifecycle,ServiceAccount,ValidatingAdmissionWebhook",
      // Otherwise the API server itself rejects a privileged pod before any webhook sees it, and
      // the test could not tell kubeward's denial from the API server's.
      "--allow-privileged=true",
      "--profiling=false",
      // The endpoint reconciler refuses a loopback advertise address; nothing here needs the
      // in-cluster `kubernetes` Service's endpoints.
      "--endpoint-reconciler-type=none",
    ]);
    procs.push(apiserver);

    const ca = fs.readFileSync(certs.ca);
    const cert = fs.readFileSync(admin.cert);
    const key = fs.readFileSync(admin.key);
    await waitFor("kube-apiserver /readyz", opts.readyMs ?? 180_000, apiserver, () => httpsGet(`${apiserverUrl}/readyz`, { ca, cert, key }).then((r) => r.status === 200));

    const kubeconfig = path.join(dir, "kubeconfig");
    fs.writeFileSync(kubeconfig, JSON.stringify({
      apiVersion: "v1",
      kind: "Config",
      clusters: [{ name: "e2e", cluster: { server: apiserverUrl, "certificate-authority-data": ca.toString("base64") } }],
      users: [{ name: "e2e-admin", user: { "client-certificate-data": cert.toString("base64"), "client-key-data": key.toString("base64") } }],
      contexts: [{ name: "e2e", context: { cluster: "e2e", user: "e2e-admin" } }],
      "current-context": "e2e",
    }, null, 2));

    const kubectl = (args: string[], input?: string): Promise<KubectlRun> =>
      runProcess(path.join(toolsDir, "kubectl"), ["--kubeconfig", kubeconfig, "--request-timeout", "30s", ...args], { input });

    const startWebhook = async (extraArgs: string[] = []): Promise<Webhook> => {
      const tlsPair = issue(certs, "webhook", "/CN=kubeward-webhook", "subjectAltName=IP:127.0.0.1,DNS:localhost");
      const port = await freePort();
      const serve = startProcess("kubeward serve", process.execPath, [path.join(root, "bin", "kubeward.js"), "serve", "--tls-cert", tlsPair.cert, "--tls-key", tlsPair.key, "--host", "127.0.0.1", "--port", String(port), ...extraArgs]);
      procs.push(serve);
      await waitFor("kubeward serve /readyz", 30_000, serve, () => httpsGet(`https://127.0.0.1:${port}/readyz`, { ca }).then((r) => r.status === 200));
      return { url: `https://127.0.0.1:${port}/validate`, port, logs: serve.output, stop: () => stopProcess(serve) };
    };

    const logs = () => procs.map((p) => `--- ${p.name}\n${p.output()}`).join("\n");
    return { dir, kubeconfig, apiserverUrl, caFile: certs.ca, kubectl, startWebhook, logs, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * Runs a command to completion without blocking this process (the servers' log pipes keep being
 * drained), killed after `timeoutMs`; no proxy variables reach it.
 */
export function runProcess(cmd: string, args: string[], opts: { input?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<KubectlRun> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...childEnv(), ...opts.env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString("utf8")));
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 60_000);
    child.once("error", (e) => (stderr += `\n${e.message}`));
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ status: code ?? -1, stdout, stderr: signal ? `${stderr}\n(killed by ${signal})` : stderr });
    });
    child.stdin.end(opts.input ?? "");
  });
}

function httpsGet(url: string, tlsOpts: { ca: Buffer; cert?: Buffer; key?: Buffer }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { ...tlsOpts, timeout: 5_000 }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString("utf8")));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
  });
}

/**
 * deploy/'s ValidatingWebhookConfiguration — the one users apply — with its in-cluster Service
 * reference replaced by the webhook's loopback URL and the test CA as caBundle, so the e2e
 * exercises the shipped rules, selectors and policies, not a copy of them.
 */
export function webhookConfiguration(url: string, caFile: string): string {
  const text = fs.readFileSync(path.join(root, "deploy", "validating-webhook-configuration.yaml"), "utf8");
  const doc = parseAllDocuments(text)[0]?.toJSON() as {
    metadata: { annotations?: Record<string, string> };
    webhooks: { clientConfig: Record<string, unknown> }[];
  };
  delete doc.metadata.annotations; // cert-manager's CA injection: the test sets caBundle itself
  for (const w of doc.webhooks) w.clientConfig = { url, caBundle: fs.readFileSync(caFile).toString("base64") };
  return JSON.stringify(doc);
}
