// A small Kubernetes API client on node:https: GET as JSON, paginated lists, watch streams. It
// knows how to authenticate (token, token file, client certificate, exec plugin) and how to say
// which resource and which user an API error concerns; it knows nothing about policies.
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import { KubewardError } from "../../errors.ts";
import { ExecCredentialSource } from "./exec-credential.ts";
import type { KubeConnection } from "./kubeconfig.ts";

/** An error answer of the API server; `status` lets callers treat 403 and 410 specially. */
export class KubeApiError extends KubewardError {
  readonly status: number;
  constructor(status: number, message: string) {
    super("cluster", message);
    this.status = status;
  }
}

export interface ClientOptions {
  env: Record<string, string | undefined>;
  /** Epoch milliseconds (exec credentials expire). */
  now: () => number;
  /** Longest silence on a request's connection before it is given up (default 60 s; watches: their timeout + 60 s). */
  timeoutMs?: number;
}

export interface ListPage {
  items: Record<string, unknown>[];
  resourceVersion: string;
  continue?: string;
}

export type WatchEvent = { type: "ADDED" | "MODIFIED" | "DELETED" | "BOOKMARK" | "ERROR"; object: Record<string, unknown> };

export interface WatchHandle {
  /** Resolves when the stream ends (the server's timeout, a dropped connection, stop()). */
  done: Promise<void>;
  stop(): void;
}

export class KubeClient {
  readonly connection: KubeConnection;
  private readonly exec: ExecCredentialSource | undefined;
  private readonly agents = new Map<string, http.Agent>();
  private readonly isHttps: boolean;

  constructor(
    connection: KubeConnection,
    private readonly opts: ClientOptions,
  ) {
    this.connection = connection;
    this.isHttps = connection.server.startsWith("https://");
    if (!this.isHttps && !connection.server.startsWith("http://")) throw new KubewardError("config", `kubeconfig ${connection.source}: server ${connection.server} is not an http(s) URL`);
    if (connection.auth.kind === "exec") {
      const cluster: ConstructorParameters<typeof ExecCredentialSource>[1]["cluster"] = { server: connection.server };
      if (connection.ca) cluster["certificate-authority-data"] = connection.ca.toString("base64");
      if (connection.insecureSkipTlsVerify) cluster["insecure-skip-tls-verify"] = true;
      if (connection.tlsServerName) cluster["tls-server-name"] = connection.tlsServerName;
      this.exec = new ExecCredentialSource(connection.auth.exec, { env: opts.env, now: opts.now, cluster, user: connection.user });
    }
  }

  /** Who we are in messages: the kubeconfig user and context. */
  get who(): string {
    return `user "${this.connection.user}" (context "${this.connection.context}")`;
  }

  /** GET a JSON document; `what` names it in errors ("list pods", "discovery of /apis"). */
  async getJson<T>(path: string, what: string): Promise<T> {
    const res = await this.send(path, what, this.opts.timeoutMs ?? 60_000);
    const text = await readAll(res.body);
    if (res.status !== 200) throw this.apiError(res.status, text, what);
    try {
      return JSON.parse(text) as T;
    } catch (e) {
      throw new KubewardError("cluster", `${what}: the API server at ${this.connection.server} answered with something that is not JSON: ${(e as Error).message}`);
    }
  }

  /** One page of a list (`limit`/`continue`, as kubectl pages). */
  async listPage(path: string, what: string, limit: number, cont?: string): Promise<ListPage> {
    const q = new URLSearchParams({ limit: String(limit) });
    if (cont) q.set("continue", cont);
    const list = await this.getJson<{ items?: Record<string, unknown>[] | null; metadata?: { resourceVersion?: string; continue?: string } }>(`${path}?${q}`, what);
    const page: ListPage = { items: list.items ?? [], resourceVersion: list.metadata?.resourceVersion ?? "" };
    if (list.metadata?.continue) page.continue = list.metadata.continue;
    return page;
  }

  /**
   * Watches from `resourceVersion` with bookmarks; each event is handed to `onEvent` as it arrives.
   * A non-200 answer rejects `done` with a KubeApiError (410 when the version is too old).
   */
  async watch(path: string, what: string, resourceVersion: string, timeoutSeconds: number, onEvent: (e: WatchEvent) => void): Promise<WatchHandle> {
    const q = new URLSearchParams({ watch: "1", allowWatchBookmarks: "true", resourceVersion, timeoutSeconds: String(timeoutSeconds) });
    // A connection that dies without a FIN would leave the watch waiting forever: past the server's
    // own timeout (plus a minute, bookmarks arrive about every minute) the stream is given up.
    const res = await this.send(`${path}?${q}`, what, (timeoutSeconds + 60) * 1000);
    if (res.status !== 200) throw this.apiError(res.status, await readAll(res.body), what);
    let buffered = "";
    const done = new Promise<void>((resolve, reject) => {
      res.body.setEncoding("utf8");
      res.body.on("data", (chunk: string) => {
        buffered += chunk;
        let nl: number;
        while ((nl = buffered.indexOf("\n")) >= 0) {
          const line = buffered.slice(0, nl).trim();
          buffered = buffered.slice(nl + 1);
          if (line === "") continue;
          try {
            onEvent(JSON.parse(line) as WatchEvent);
          } catch (e) {
            res.body.destroy();
            reject(new KubewardError("cluster", `${what}: a watch event is not JSON: ${(e as Error).message}`));
            return;
          }
        }
      });
      res.body.on("end", () => resolve());
      res.body.on("close", () => resolve());
      res.body.on("error", () => resolve());
    });
    return { done, stop: () => res.body.destroy() };
  }

  close(): void {
    for (const a of this.agents.values()) a.destroy();
  }

  private async send(path: string, what: string, timeoutMs: number, retried = false): Promise<{ status: number; body: http.IncomingMessage }> {
    const { connection } = this;
    const headers: Record<string, string> = { accept: "application/json", "user-agent": "kubeward" };
    let cert = connection.cert;
    let key = connection.key;
    const auth = connection.auth;
    if (auth.kind === "token") headers.authorization = `Bearer ${auth.token}`;
    else if (auth.kind === "token-file") headers.authorization = `Bearer ${readToken(auth.file, connection)}`;
    else if (auth.kind === "exec" && this.exec) {
      const cred = await this.exec.get();
      if (cred.token) headers.authorization = `Bearer ${cred.token}`;
      if (cred.clientCertificateData && cred.clientKeyData) {
        cert = Buffer.from(cred.clientCertificateData);
        key = Buffer.from(cred.clientKeyData);
      }
    }
    const url = new URL(connection.server + path);
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = (this.isHttps ? https : http).request(url, { method: "GET", headers, agent: this.agent(cert, key) }, resolve);
      req.on("error", (e) => reject(new KubewardError("cluster", `${what}: cannot reach the API server at ${connection.server} (context "${connection.context}"): ${e.message}`, { cause: e })));
      // Socket inactivity, not total time: a long list or watch that keeps sending is never cut.
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`nothing received for ${timeoutMs} ms`)));
      req.end();
    });
    // An exec credential can be revoked before it expires: run the plugin again once.
    if (res.statusCode === 401 && this.exec && !retried) {
      res.resume();
      this.exec.invalidate();
      return this.send(path, what, timeoutMs, true);
    }
    return { status: res.statusCode ?? 0, body: res };
  }

  private agent(cert: Buffer | undefined, key: Buffer | undefined): http.Agent {
    const id = cert ? cert.toString("base64").slice(-64) : "";
    let agent = this.agents.get(id);
    if (!agent) {
      const c = this.connection;
      agent = this.isHttps
        ? new https.Agent({ keepAlive: true, ca: c.ca, cert, key, rejectUnauthorized: !c.insecureSkipTlsVerify, servername: c.tlsServerName })
        : new http.Agent({ keepAlive: true });
      this.agents.set(id, agent);
    }
    return agent;
  }

  private apiError(status: number, text: string, what: string): KubeApiError {
    let message = text.trim();
    try {
      const s = JSON.parse(text) as { message?: unknown };
      if (typeof s.message === "string") message = s.message;
    } catch {
      // Not a Status object (a proxy's HTML, say): its text is the best we have.
    }
    if (message.length > 400) message = `${message.slice(0, 400)}…`;
    const server = this.connection.server;
    if (status === 401) return new KubeApiError(401, `${what}: the API server at ${server} rejected the credentials of ${this.who} (401 Unauthorized)${message ? `: ${message}` : ""}`);
    if (status === 403) return new KubeApiError(403, `${what}: ${this.who} is not allowed to (403 Forbidden)${message ? `: ${message}` : ""}`);
    return new KubeApiError(status, `${what}: the API server at ${server} answered ${status}${message ? `: ${message}` : ""}`);
  }
}

function readToken(file: string, connection: KubeConnection): string {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch (e) {
    throw new KubewardError("config", `kubeconfig ${connection.source}: user "${connection.user}": tokenFile ${file} cannot be read: ${(e as Error).message}`, { cause: e });
  }
}

function readAll(res: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on("data", (b: Buffer) => chunks.push(b));
    res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    res.on("error", reject);
  });
}
