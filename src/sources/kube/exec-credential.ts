// Exec credential plugins (client.authentication.k8s.io v1 and v1beta1): the kubeconfig names a
// command that prints an ExecCredential with a token or a client certificate. Spawned with its
// arguments as an array (never a shell), the kubeconfig's env added to ours, KUBERNETES_EXEC_INFO
// set; the credential is kept until its expirationTimestamp.
import { spawn } from "node:child_process";
import { KubewardError } from "../../errors.ts";
import type { ExecConfig } from "./kubeconfig.ts";

export interface ExecCredential {
  token?: string;
  clientCertificateData?: string;
  clientKeyData?: string;
  /** Epoch milliseconds; undefined: valid until the API server rejects it. */
  expiresAt?: number;
}

export interface ExecContext {
  env: Record<string, string | undefined>;
  /** Epoch milliseconds; cli/ owns the clock. */
  now: () => number;
  /** The cluster, for provideClusterInfo. */
  cluster: { server: string; "certificate-authority-data"?: string; "insecure-skip-tls-verify"?: boolean; "tls-server-name"?: string };
  /** Names the user in messages. */
  user: string;
  timeoutMs?: number;
}

/** Refresh a little early, so a credential does not expire between being read and being used. */
const EXPIRY_MARGIN_MS = 10_000;

export class ExecCredentialSource {
  private cached: ExecCredential | undefined;
  private pending: Promise<ExecCredential> | undefined;
  runs = 0;

  constructor(
    private readonly exec: ExecConfig,
    private readonly ctx: ExecContext,
  ) {
    if (exec.interactiveMode === "Always") {
      throw new KubewardError("config", `user "${ctx.user}": the exec plugin ${exec.command} needs an interactive terminal (interactiveMode: Always), which kubeward does not give plugins; log in with the plugin first or use a plugin mode that caches credentials`);
    }
  }

  /** The current credential, running the plugin when there is none or it has expired. */
  get(): Promise<ExecCredential> {
    const c = this.cached;
    if (c && (c.expiresAt === undefined || c.expiresAt - EXPIRY_MARGIN_MS > this.ctx.now())) return Promise.resolve(c);
    this.pending ??= this.run()
      .then((cred) => {
        this.cached = cred;
        return cred;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /** After a 401: the credential is stale whatever its expiry said. */
  invalidate(): void {
    this.cached = undefined;
  }

  private run(): Promise<ExecCredential> {
    this.runs++;
    const { exec, ctx } = this;
    const info: Record<string, unknown> = { apiVersion: exec.apiVersion, kind: "ExecCredential", spec: { interactive: false } };
    if (exec.provideClusterInfo) (info.spec as Record<string, unknown>).cluster = ctx.cluster;
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(ctx.env)) if (v !== undefined) env[k] = v;
    for (const { name, value } of exec.env) env[name] = value;
    env.KUBERNETES_EXEC_INFO = JSON.stringify(info);
    const what = `exec plugin ${exec.command} (user "${ctx.user}")`;
    return new Promise<ExecCredential>((resolve, reject) => {
      const child = spawn(exec.command, exec.args, { env, stdio: ["ignore", "pipe", "pipe"] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on("data", (b: Buffer) => out.push(b));
      child.stderr.on("data", (b: Buffer) => err.push(b));
      const timer = setTimeout(() => child.kill("SIGKILL"), ctx.timeoutMs ?? 60_000);
      child.on("error", (e: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        const hint = e.code === "ENOENT" && exec.installHint ? `\n${exec.installHint.trim()}` : "";
        reject(new KubewardError("config", `${what} cannot be run: ${e.message}${hint}`, { cause: e }));
      });
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        const stderr = Buffer.concat(err).toString("utf8").trim();
        if (code !== 0) {
          reject(new KubewardError("config", `${what} failed (${signal ? `killed by ${signal}` : `exit ${code}`})${stderr ? `: ${stderr}` : ""}`));
          return;
        }
        try {
          resolve(readCredential(Buffer.concat(out).toString("utf8"), exec.apiVersion));
        } catch (e) {
          reject(new KubewardError("config", `${what} printed no usable ExecCredential: ${(e as Error).message}${stderr ? ` (stderr: ${stderr})` : ""}`));
        }
      });
    });
  }
}

function readCredential(text: string, apiVersion: string): ExecCredential {
  const doc = JSON.parse(text) as { apiVersion?: unknown; kind?: unknown; status?: Record<string, unknown> };
  if (doc.kind !== "ExecCredential") throw new Error(`kind is ${JSON.stringify(doc.kind ?? null)}, not ExecCredential`);
  if (doc.apiVersion !== apiVersion) throw new Error(`apiVersion is ${JSON.stringify(doc.apiVersion ?? null)}, the kubeconfig asked for ${apiVersion}`);
  const s = doc.status ?? {};
  const cred: ExecCredential = {};
  if (typeof s.token === "string" && s.token !== "") cred.token = s.token;
  if (typeof s.clientCertificateData === "string" && typeof s.clientKeyData === "string") {
    cred.clientCertificateData = s.clientCertificateData;
    cred.clientKeyData = s.clientKeyData;
  }
  if (cred.token === undefined && cred.clientCertificateData === undefined) throw new Error("status has neither a token nor clientCertificateData and clientKeyData");
  if (typeof s.expirationTimestamp === "string") {
    const t = Date.parse(s.expirationTimestamp);
    if (Number.isNaN(t)) throw new Error(`status.expirationTimestamp ${s.expirationTimestamp} is not a time`);
    cred.expiresAt = t;
  }
  return cred;
}
