// Where `scan --cluster` and `serve --inventory-from-cluster` find the API server and credentials:
// a kubeconfig (--kubeconfig, else $KUBECONFIG merged, else ~/.kube/config) or, in a pod, the
// service account. The environment and home directory are handed in by cli/ (only it reads process).
import fs from "node:fs";
import path from "node:path";
import { load, YAMLException } from "js-yaml";
import { KubewardError } from "../../errors.ts";

/** An exec credential plugin as the kubeconfig declares it (client.authentication.k8s.io). */
export interface ExecConfig {
  apiVersion: string;
  command: string;
  args: string[];
  env: { name: string; value: string }[];
  interactiveMode: "Never" | "IfAvailable" | "Always";
  installHint?: string;
  provideClusterInfo: boolean;
}

export type KubeAuth =
  | { kind: "none" }
  | { kind: "token"; token: string }
  | { kind: "token-file"; file: string }
  | { kind: "exec"; exec: ExecConfig };

/** Everything needed to talk to one API server as one user. */
export interface KubeConnection {
  /** The context's name (`in-cluster` for the service account); findings are located under it. */
  context: string;
  /** The kubeconfig user (AuthInfo) name, named in 401/403 errors. */
  user: string;
  /** The context's namespace, when it sets one. */
  namespace?: string;
  server: string;
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  insecureSkipTlsVerify: boolean;
  tlsServerName?: string;
  auth: KubeAuth;
  /** Where the connection came from, for error messages: kubeconfig file(s) or the service-account directory. */
  source: string;
}

export interface KubeconfigOptions {
  /** --kubeconfig FILE: read this file only. */
  file?: string;
  /** --context NAME, else the kubeconfig's current-context. */
  context?: string;
  /** The environment (KUBECONFIG, KUBERNETES_SERVICE_HOST/PORT, HOME). */
  env: Record<string, string | undefined>;
  home: string;
  cwd: string;
  /** Root of the service-account directory (tests point it elsewhere). */
  serviceAccountDir?: string;
}

export const SERVICE_ACCOUNT_DIR = "/var/run/secrets/kubernetes.io/serviceaccount";

type Named<T> = { name: string; file: string } & T;
interface RawCluster { server?: unknown; "certificate-authority"?: unknown; "certificate-authority-data"?: unknown; "insecure-skip-tls-verify"?: unknown; "tls-server-name"?: unknown; "proxy-url"?: unknown }
interface RawUser { token?: unknown; tokenFile?: unknown; "client-certificate"?: unknown; "client-certificate-data"?: unknown; "client-key"?: unknown; "client-key-data"?: unknown; username?: unknown; password?: unknown; exec?: unknown; "auth-provider"?: unknown }
interface RawContext { cluster?: unknown; user?: unknown; namespace?: unknown }

/**
 * The connection kubectl would use. Merging follows kubectl: with $KUBECONFIG's list, the first
 * file that defines a cluster, user or context by a name wins, and the first current-context wins;
 * files in the list that do not exist are ignored. With no kubeconfig at all, the in-cluster
 * service account is used when KUBERNETES_SERVICE_HOST is set.
 */
export function loadKubeConnection(opts: KubeconfigOptions): KubeConnection {
  const files = kubeconfigFiles(opts);
  if (files.length === 0) {
    if (opts.env.KUBERNETES_SERVICE_HOST) return inClusterConnection(opts.env, opts.serviceAccountDir ?? SERVICE_ACCOUNT_DIR);
    const looked = opts.env.KUBECONFIG ? `$KUBECONFIG (${opts.env.KUBECONFIG})` : path.join(opts.home, ".kube", "config");
    throw new KubewardError("config", `no kubeconfig found (looked at ${looked}) and not running in a pod; give --kubeconfig FILE`);
  }
  const clusters = new Map<string, Named<RawCluster>>();
  const users = new Map<string, Named<RawUser>>();
  const contexts = new Map<string, Named<RawContext>>();
  let current: string | undefined;
  for (const file of files) {
    const doc = readKubeconfig(file);
    for (const [key, into] of [["clusters", clusters], ["users", users], ["contexts", contexts]] as const) {
      const list = doc[key];
      if (list === undefined || list === null) continue;
      if (!Array.isArray(list)) throw new KubewardError("config", `kubeconfig ${file}: ${key} must be a list`);
      const inner = key === "clusters" ? "cluster" : key === "users" ? "user" : "context";
      for (const entry of list as Record<string, unknown>[]) {
        const name = entry?.name;
        if (typeof name !== "string" || name === "") throw new KubewardError("config", `kubeconfig ${file}: an entry of ${key} has no name`);
        if (!(into as Map<string, unknown>).has(name)) (into as Map<string, unknown>).set(name, { ...((entry[inner] as object | undefined) ?? {}), name, file });
      }
    }
    if (current === undefined && typeof doc["current-context"] === "string" && doc["current-context"] !== "") current = doc["current-context"];
  }
  const shown = files.join(path.delimiter);
  const names = () => (contexts.size === 0 ? "none defined" : [...contexts.keys()].sort().join(", "));
  const contextName = opts.context ?? current;
  if (contextName === undefined) throw new KubewardError("config", `kubeconfig ${shown}: no current-context is set and --context was not given (contexts: ${names()})`);
  const context = contexts.get(contextName);
  if (!context) throw new KubewardError("config", `kubeconfig ${shown}: context "${contextName}" not found (contexts: ${names()})`);
  const clusterName = str(context.cluster);
  const cluster = clusterName === undefined ? undefined : clusters.get(clusterName);
  if (!cluster) throw new KubewardError("config", `kubeconfig ${context.file}: context "${contextName}" names cluster "${clusterName ?? ""}", which is not defined (clusters: ${[...clusters.keys()].sort().join(", ") || "none"})`);
  const userName = str(context.user) ?? "";
  const user: Named<RawUser> | undefined = userName === "" ? { name: "", file: context.file } : users.get(userName);
  if (!user) throw new KubewardError("config", `kubeconfig ${context.file}: context "${contextName}" names user "${userName}", which is not defined (users: ${[...users.keys()].sort().join(", ") || "none"})`);

  const server = str(cluster.server);
  if (!server) throw new KubewardError("config", `kubeconfig ${cluster.file}: cluster "${cluster.name}" has no server`);
  if (cluster["proxy-url"] !== undefined) throw new KubewardError("config", `kubeconfig ${cluster.file}: cluster "${cluster.name}" sets proxy-url, which kubeward does not support; reach the API server directly`);
  const conn: KubeConnection = {
    context: contextName,
    user: userName,
    server: server.replace(/\/+$/, ""),
    insecureSkipTlsVerify: cluster["insecure-skip-tls-verify"] === true,
    auth: { kind: "none" },
    source: shown,
  };
  const ns = str(context.namespace);
  if (ns) conn.namespace = ns;
  const tlsName = str(cluster["tls-server-name"]);
  if (tlsName) conn.tlsServerName = tlsName;
  const ca = material(cluster, "certificate-authority", `cluster "${cluster.name}"`);
  if (ca) conn.ca = ca;
  const userWhat = `user "${user.name}"`;
  const cert = material(user, "client-certificate", userWhat);
  const key = material(user, "client-key", userWhat);
  if ((cert === undefined) !== (key === undefined)) throw new KubewardError("config", `kubeconfig ${user.file}: ${userWhat} has a client ${cert ? "certificate but no client-key" : "key but no client-certificate"}`);
  if (cert && key) {
    conn.cert = cert;
    conn.key = key;
  }
  if (user.username !== undefined || user.password !== undefined) {
    throw new KubewardError("config", `kubeconfig ${user.file}: ${userWhat} uses basic auth (username/password), which kubeward does not support (Kubernetes removed it in 1.19); use a token, a client certificate or an exec plugin`);
  }
  if (user["auth-provider"] !== undefined) {
    throw new KubewardError("config", `kubeconfig ${user.file}: ${userWhat} uses auth-provider, which kubectl removed in 1.26 and kubeward does not support; use the provider's exec plugin (e.g. gke-gcloud-auth-plugin, kubelogin)`);
  }
  const token = str(user.token);
  const tokenFile = str(user.tokenFile);
  if (user.exec !== undefined) conn.auth = { kind: "exec", exec: execConfig(user.exec, user.file, userWhat) };
  else if (token) conn.auth = { kind: "token", token };
  else if (tokenFile) conn.auth = { kind: "token-file", file: path.resolve(path.dirname(user.file), tokenFile) };
  return conn;
}

/** The in-cluster connection: the pod's service-account token (re-read, since kubelet rotates it) and CA. */
export function inClusterConnection(env: Record<string, string | undefined>, dir: string): KubeConnection {
  const host = env.KUBERNETES_SERVICE_HOST;
  const port = env.KUBERNETES_SERVICE_PORT ?? "443";
  if (!host) throw new KubewardError("config", "not running in a pod: KUBERNETES_SERVICE_HOST is not set");
  const tokenFile = path.join(dir, "token");
  if (!fs.existsSync(tokenFile)) throw new KubewardError("config", `in-cluster config: ${tokenFile} does not exist (is automountServiceAccountToken off?)`);
  const caFile = path.join(dir, "ca.crt");
  let ca: Buffer | undefined;
  try {
    ca = fs.readFileSync(caFile);
  } catch (e) {
    throw new KubewardError("config", `in-cluster config: cannot read ${caFile}: ${(e as Error).message}`);
  }
  const conn: KubeConnection = {
    context: "in-cluster",
    user: "service account",
    server: `https://${host.includes(":") ? `[${host}]` : host}:${port}`,
    ca,
    insecureSkipTlsVerify: false,
    auth: { kind: "token-file", file: tokenFile },
    source: dir,
  };
  try {
    const ns = fs.readFileSync(path.join(dir, "namespace"), "utf8").trim();
    if (ns) conn.namespace = ns;
  } catch {
    // The namespace file is informational; a pod without it still reaches the API server.
  }
  return conn;
}

function kubeconfigFiles(opts: KubeconfigOptions): string[] {
  if (opts.file !== undefined) {
    const file = path.resolve(opts.cwd, opts.file);
    if (!fs.existsSync(file)) throw new KubewardError("config", `kubeconfig ${file} does not exist (--kubeconfig)`);
    return [file];
  }
  const list = opts.env.KUBECONFIG;
  if (list !== undefined && list !== "") {
    const seen = new Set<string>();
    return list
      .split(path.delimiter)
      .filter((f) => f !== "")
      .map((f) => path.resolve(opts.cwd, f))
      .filter((f) => !seen.has(f) && seen.add(f) !== undefined && fs.existsSync(f));
  }
  const home = path.join(opts.home, ".kube", "config");
  return fs.existsSync(home) ? [home] : [];
}

function readKubeconfig(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new KubewardError("config", `kubeconfig ${file}: cannot read it: ${(e as Error).message}`, { cause: e });
  }
  let doc: unknown;
  try {
    doc = load(text, { filename: file });
  } catch (e) {
    if (e instanceof YAMLException) {
      throw new KubewardError("config", `kubeconfig is not valid YAML: ${e.reason}`, { file, line: e.mark ? e.mark.line + 1 : undefined, cause: e });
    }
    throw e;
  }
  if (doc === undefined || doc === null) return {};
  if (typeof doc !== "object" || Array.isArray(doc)) throw new KubewardError("config", "kubeconfig is not a mapping (apiVersion: v1, kind: Config)", { file, line: 1 });
  return doc as Record<string, unknown>;
}

/** `<key>-data` (base64) wins over `<key>` (a path relative to the kubeconfig that sets it), as in kubectl. */
function material(entry: { file: string }, key: string, what: string): Buffer | undefined {
  const fields = entry as unknown as Record<string, unknown>;
  const data = str(fields[`${key}-data`]);
  if (data) return Buffer.from(data, "base64");
  const file = str(fields[key]);
  if (!file) return undefined;
  const abs = path.resolve(path.dirname(entry.file), file);
  try {
    return fs.readFileSync(abs);
  } catch (e) {
    throw new KubewardError("config", `kubeconfig ${entry.file}: ${what}: ${key} ${abs} cannot be read: ${(e as Error).message}`, { cause: e });
  }
}

function execConfig(raw: unknown, file: string, what: string): ExecConfig {
  const e = (raw ?? {}) as Record<string, unknown>;
  const fail = (m: string) => new KubewardError("config", `kubeconfig ${file}: ${what}: exec ${m}`);
  const apiVersion = str(e.apiVersion);
  if (apiVersion !== "client.authentication.k8s.io/v1" && apiVersion !== "client.authentication.k8s.io/v1beta1") {
    throw fail(`apiVersion must be client.authentication.k8s.io/v1 or v1beta1 (got ${JSON.stringify(e.apiVersion ?? null)})`);
  }
  let command = str(e.command);
  if (!command) throw fail("has no command");
  // kubectl resolves a relative command containing a slash against the kubeconfig's directory.
  if (command.includes("/") && !path.isAbsolute(command)) command = path.resolve(path.dirname(file), command);
  const args = e.args === undefined || e.args === null ? [] : e.args;
  if (!Array.isArray(args) || args.some((a) => typeof a !== "string")) throw fail("args must be a list of strings");
  const env = e.env === undefined || e.env === null ? [] : e.env;
  if (!Array.isArray(env) || env.some((v) => typeof v?.name !== "string" || typeof v?.value !== "string")) throw fail("env must be a list of {name, value}");
  const mode = e.interactiveMode ?? (apiVersion.endsWith("/v1") ? undefined : "IfAvailable");
  if (mode !== "Never" && mode !== "IfAvailable" && mode !== "Always") throw fail(`interactiveMode must be Never, IfAvailable or Always (got ${JSON.stringify(mode ?? null)}; client.authentication.k8s.io/v1 requires it)`);
  const out: ExecConfig = { apiVersion, command, args: args as string[], env: env as ExecConfig["env"], interactiveMode: mode, provideClusterInfo: e.provideClusterInfo === true };
  const hint = str(e.installHint);
  if (hint) out.installHint = hint;
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}
