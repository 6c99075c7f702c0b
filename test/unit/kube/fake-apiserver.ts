// An in-test Kubernetes API server on 127.0.0.1 speaking just enough of the protocol for kubeward's
// client: discovery, paginated lists with continue tokens (and a 410 on demand), watch streams
// with bookmarks, 401 for unknown credentials, 403 for kinds the test forbids. TLS with a CA made by
// openssl. The real kube-apiserver end-to-end lives in test/e2e.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { TLSSocket } from "node:tls";

export const OPENSSL = spawnSync("openssl", ["version"], { encoding: "utf8" }).status === 0;

export interface Pki {
  dir: string;
  ca: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
}

function openssl(args: string[], cwd: string): void {
  const r = spawnSync("openssl", args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`openssl ${args.join(" ")} failed: ${r.stderr}`);
}

/** A CA, a server certificate for 127.0.0.1/localhost and a client certificate (CN=jane, O=devs), all signed by the CA. */
export function makePki(): Pki {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-kube-pki-"));
  openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "1", "-subj", "/CN=kw-test-ca"], dir);
  fs.writeFileSync(path.join(dir, "san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
  openssl(["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=kube-apiserver"], dir);
  openssl(["x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.crt", "-days", "1", "-extfile", "san.ext"], dir);
  openssl(["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "client.key", "-out", "client.csr", "-subj", "/CN=jane/O=devs"], dir);
  openssl(["x509", "-req", "-in", "client.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", "client.crt", "-days", "1"], dir);
  const p = (f: string) => path.join(dir, f);
  return { dir, ca: p("ca.crt"), serverCert: p("server.crt"), serverKey: p("server.key"), clientCert: p("client.crt"), clientKey: p("client.key") };
}

export interface FakeResource {
  group: string;
  version: string;
  kind: string;
  plural: string;
  namespaced: boolean;
}

export const RESOURCES: FakeResource[] = [
  { group: "", version: "v1", kind: "Namespace", plural: "namespaces", namespaced: false },
  { group: "", version: "v1", kind: "Pod", plural: "pods", namespaced: true },
  { group: "", version: "v1", kind: "Service", plural: "services", namespaced: true },
  { group: "", version: "v1", kind: "ServiceAccount", plural: "serviceaccounts", namespaced: true },
  { group: "", version: "v1", kind: "Secret", plural: "secrets", namespaced: true },
  { group: "", version: "v1", kind: "ConfigMap", plural: "configmaps", namespaced: true },
  { group: "apps", version: "v1", kind: "Deployment", plural: "deployments", namespaced: true },
  { group: "apps", version: "v1", kind: "DaemonSet", plural: "daemonsets", namespaced: true },
  { group: "rbac.authorization.k8s.io", version: "v1", kind: "ClusterRoleBinding", plural: "clusterrolebindings", namespaced: false },
  { group: "rbac.authorization.k8s.io", version: "v1", kind: "ClusterRole", plural: "clusterroles", namespaced: false },
  { group: "rbac.authorization.k8s.io", version: "v1", kind: "RoleBinding", plural: "rolebindings", namespaced: true },
  { group: "rbac.authorization.k8s.io", version: "v1", kind: "Role", plural: "roles", namespaced: true },
  // One kind name in three groups: Kubernetes' NetworkPolicy, and Calico's, served by its API
  // server and again as the CRD behind it (the same objects).
  { group: "networking.k8s.io", version: "v1", kind: "NetworkPolicy", plural: "networkpolicies", namespaced: true },
  { group: "projectcalico.org", version: "v1", kind: "NetworkPolicy", plural: "networkpolicies", namespaced: true },
  { group: "crd.projectcalico.org", version: "v1", kind: "NetworkPolicy", plural: "networkpolicies", namespaced: true },
];

/** An object's group, by the family a resource serves: a `crd.` group serves its API group's objects. */
const groupOf = (o: Obj) => (typeof o.apiVersion === "string" && o.apiVersion.includes("/") ? o.apiVersion.slice(0, o.apiVersion.indexOf("/")) : "");
const serves = (r: FakeResource, o: Obj) => r.kind === o.kind && r.group.replace(/^crd\./, "") === groupOf(o);

type Obj = Record<string, unknown> & { kind: string; metadata: { name: string; namespace?: string; [k: string]: unknown } };

export interface FakeApiServerOptions {
  pki: Pki;
  /** Bearer tokens accepted; the value is the user name the server reports in 403s. */
  tokens?: Record<string, string>;
  /** Accept client certificates signed by the CA. */
  clientCerts?: boolean;
  /** Plural resource names whose list is forbidden. */
  forbidden?: string[];
  /** The server returns at most this many items per page whatever `limit` asks (default 2). */
  maxPage?: number;
  objects: Obj[];
}

export interface WatchClient {
  plural: string;
  resource?: FakeResource;
  res: ServerResponse;
}

export class FakeApiServer {
  readonly requests: { method: string; url: string; user: string; auth?: string }[] = [];
  readonly watches: WatchClient[] = [];
  /** Plural names whose next continue request answers 410 Expired (once each). */
  readonly expireNextContinue = new Set<string>();
  /** Plural names whose next watch request answers 410 Gone (once each). */
  readonly goneNextWatch = new Set<string>();
  /** Plural names whose next watch stream carries an ERROR event with a 410 Status (once each). */
  readonly goneEventNextWatch = new Set<string>();
  /** While true, list requests wait (readiness tests); resumeLists() answers them. */
  pauseLists = false;
  private pausedLists: (() => void)[] = [];
  private objects: Obj[];
  private rv = 100;
  private server: https.Server;
  port = 0;

  constructor(readonly opts: FakeApiServerOptions) {
    this.objects = opts.objects.map((o) => this.stamp(o));
    this.server = https.createServer(
      { cert: fs.readFileSync(opts.pki.serverCert), key: fs.readFileSync(opts.pki.serverKey), ca: fs.readFileSync(opts.pki.ca), requestCert: opts.clientCerts === true, rejectUnauthorized: false },
      (req, res) => this.handle(req, res),
    );
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", () => resolve()));
    this.port = (this.server.address() as AddressInfo).port;
    return `https://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    for (const w of this.watches) w.res.end();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Adds, changes or deletes an object and tells the watchers of its kind. */
  emit(type: "ADDED" | "MODIFIED" | "DELETED", object: Obj): void {
    const o = this.stamp(object);
    const key = (x: Obj) => `${groupOf(x)}/${x.kind}/${x.metadata.namespace ?? ""}/${x.metadata.name}`;
    this.objects = this.objects.filter((x) => key(x) !== key(o));
    if (type !== "DELETED") this.objects.push(o);
    for (const w of this.watches) if (w.resource && serves(w.resource, o)) w.res.write(`${JSON.stringify({ type, object: o })}\n`);
  }

  resumeLists(): void {
    this.pauseLists = false;
    for (const answer of this.pausedLists.splice(0)) answer();
  }

  /** The stored object, as a list would return it (with kind and apiVersion). */
  get(kind: string, namespace: string | undefined, name: string): Obj | undefined {
    return this.objects.find((o) => o.kind === kind && o.metadata.namespace === namespace && o.metadata.name === name);
  }

  /** Ends every open watch stream (as the API server does at its timeout). */
  dropWatches(): void {
    for (const w of this.watches.splice(0)) w.res.end();
  }

  private stamp(o: Obj): Obj {
    this.rv++;
    return { ...o, metadata: { ...o.metadata, resourceVersion: String(this.rv), managedFields: [{ manager: "kubectl", operation: "Apply" }] } };
  }

  private user(req: IncomingMessage): string | undefined {
    const auth = req.headers.authorization;
    if (auth?.startsWith("Bearer ")) return this.opts.tokens?.[auth.slice(7)];
    const socket = req.socket as TLSSocket;
    if (this.opts.clientCerts && socket.authorized) {
      const cn = socket.getPeerCertificate().subject?.CN;
      return typeof cn === "string" ? cn : undefined;
    }
    return undefined;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? "/", "https://x");
    const user = this.user(req);
    this.requests.push({ method: req.method ?? "", url: req.url ?? "", user: user ?? "", ...(req.headers.authorization ? { auth: req.headers.authorization } : {}) });
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const status = (code: number, reason: string, message: string) => json(code, { kind: "Status", apiVersion: "v1", status: "Failure", code, reason, message });
    if (user === undefined) return status(401, "Unauthorized", "Unauthorized");
    const p = url.pathname;
    if (p === "/api") return json(200, { kind: "APIVersions", versions: ["v1"] });
    if (p === "/apis") {
      const groups = [...new Set(RESOURCES.filter((r) => r.group !== "").map((r) => r.group))];
      return json(200, { kind: "APIGroupList", groups: groups.map((g) => ({ name: g, versions: [{ groupVersion: `${g}/v1`, version: "v1" }], preferredVersion: { groupVersion: `${g}/v1`, version: "v1" } })) });
    }
    const disc = /^\/(?:api\/v1|apis\/([^/]+)\/v1)$/.exec(p);
    if (disc) {
      const group = disc[1] ?? "";
      const resources = RESOURCES.filter((r) => r.group === group).flatMap((r) => [
        { name: r.plural, kind: r.kind, namespaced: r.namespaced, verbs: ["create", "delete", "get", "list", "patch", "update", "watch"] },
        { name: `${r.plural}/status`, kind: r.kind, namespaced: r.namespaced, verbs: ["get", "patch"] },
      ]);
      return json(200, { kind: "APIResourceList", groupVersion: group === "" ? "v1" : `${group}/v1`, resources });
    }
    const m = /^\/(?:api\/v1|apis\/([^/]+)\/v1)(?:\/namespaces\/([^/]+))?\/([a-z]+)$/.exec(p);
    const resource = m ? RESOURCES.find((r) => r.plural === m[3] && r.group === (m[1] ?? "")) : undefined;
    if (!m || !resource) return status(404, "NotFound", `the server could not find the requested resource (${p})`);
    const ns = m[2];
    if (this.opts.forbidden?.includes(resource.plural)) {
      return status(403, "Forbidden", `${resource.plural}${resource.group ? `.${resource.group}` : ""} is forbidden: User "${user}" cannot list resource "${resource.plural}" in API group "${resource.group}" at the cluster scope`);
    }
    const items = this.objects.filter((o) => serves(resource, o) && (ns === undefined || o.metadata.namespace === ns));
    if (url.searchParams.get("watch") === "1") {
      if (this.goneNextWatch.delete(resource.plural)) return status(410, "Expired", "too old resource version");
      res.writeHead(200, { "content-type": "application/json" });
      if (this.goneEventNextWatch.delete(resource.plural)) {
        res.end(`${JSON.stringify({ type: "ERROR", object: { kind: "Status", apiVersion: "v1", status: "Failure", code: 410, reason: "Expired", message: "too old resource version" } })}\n`);
        return;
      }
      res.write(`${JSON.stringify({ type: "BOOKMARK", object: { kind: resource.kind, apiVersion: resource.group ? `${resource.group}/v1` : "v1", metadata: { resourceVersion: String(this.rv) } } })}\n`);
      this.watches.push({ plural: resource.plural, resource, res });
      return;
    }
    if (this.pauseLists) {
      this.pausedLists.push(() => this.handle(req, res));
      this.requests.pop();
      return;
    }
    const limit = Math.min(Number(url.searchParams.get("limit") ?? "500"), this.opts.maxPage ?? 2);
    const cont = url.searchParams.get("continue");
    if (cont !== null && this.expireNextContinue.delete(resource.plural)) return status(410, "Expired", "The provided continue parameter is too old to display a consistent list result.");
    const start = cont === null ? 0 : Number(cont.split(":")[1]);
    const page = items.slice(start, start + limit).map((o) => {
      // List items carry no kind or apiVersion: the list does.
      const { kind: _k, apiVersion: _a, ...rest } = o;
      return rest;
    });
    const metadata: Record<string, string> = { resourceVersion: String(this.rv) };
    if (start + limit < items.length) metadata.continue = `${resource.plural}:${start + limit}`;
    return json(200, { kind: `${resource.kind}List`, apiVersion: resource.group ? `${resource.group}/v1` : "v1", metadata, items: page });
  }
}

/** Writes a kubeconfig for the fake server and returns its path. */
export function writeKubeconfig(dir: string, name: string, server: string, pki: Pki, user: Record<string, unknown>, extra: { contextNamespace?: string; currentContext?: string } = {}): string {
  const file = path.join(dir, name);
  const doc = {
    apiVersion: "v1",
    kind: "Config",
    "current-context": extra.currentContext ?? "fake",
    clusters: [{ name: "fake", cluster: { server, "certificate-authority": pki.ca } }],
    users: [{ name: "tester", user }],
    contexts: [{ name: "fake", context: { cluster: "fake", user: "tester", ...(extra.contextNamespace ? { namespace: extra.contextNamespace } : {}) } }],
  };
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}
