// The Kubernetes API client against an in-test API server: every way to authenticate, paginated
// lists (and a continue token that expires), forbidden kinds as warnings, 401 naming the user.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { KubeClient, KubeApiError } from "../../../src/sources/kube/client.ts";
import { loadKubeConnection } from "../../../src/sources/kube/kubeconfig.ts";
import { clusterLocation, readCluster } from "../../../src/sources/kube/read-cluster.ts";
import { FakeApiServer, OPENSSL, makePki, writeKubeconfig, type Pki } from "./fake-apiserver.ts";
import { clusterObjects } from "../../fixtures/cluster/objects.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-kube-client-"));
const PLUGIN = path.resolve("test/fixtures/cluster/exec-plugin.mjs");
let pki: Pki;
let api: FakeApiServer;
let server = "";

test.before(async () => {
  if (!OPENSSL) return;
  pki = makePki();
  api = new FakeApiServer({ pki, tokens: { "t-admin": "admin", "plugin-token": "plugin-user", "file-token": "file-user" }, clientCerts: true, forbidden: ["secrets"], objects: clusterObjects() });
  server = await api.start();
});
test.after(async () => {
  await api?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  if (pki) fs.rmSync(pki.dir, { recursive: true, force: true });
});

function skip(): boolean {
  if (!OPENSSL) console.log("SKIPPED: openssl is not installed (apt-get install openssl); the Kubernetes client tests need it for the API server's certificates");
  return !OPENSSL;
}

function client(user: Record<string, unknown>, env: Record<string, string> = {}, now = () => Date.now()): KubeClient {
  const file = writeKubeconfig(dir, `kc-${Math.random().toString(36).slice(2)}.json`, server, pki, user);
  return new KubeClient(loadKubeConnection({ file, env, home: dir, cwd: dir }), { env: { ...process.env, ...env }, now });
}

const podNames = async (c: KubeClient) => (await readCluster({ client: c, defaultKinds: ["Pod"] })).objects.map((o) => (o.object.metadata as { name: string }).name).sort();

test("bearer token; list pages followed (the server gives 2 items a page), kind/apiVersion set, managedFields dropped", async () => {
  if (skip()) return;
  const c = client({ token: "t-admin" });
  const before = api.requests.length;
  const read = await readCluster({ client: c, defaultKinds: ["Pod"] });
  const pods = read.objects.map((o) => o.object);
  assert.equal(pods.map((p) => (p.metadata as { name: string }).name).sort(), ["etcd-node", "web-1", "web-2", "web-3"]);
  assert.ok(pods.every((p) => p.kind === "Pod" && p.apiVersion === "v1" && !("managedFields" in (p.metadata ?? {}))));
  const pages = api.requests.slice(before).filter((r) => r.url.startsWith("/api/v1/pods"));
  assert.is(pages.length, 2, pages.map((r) => r.url).join(" "));
  assert.match(pages[1]!.url, "continue=pods%3A2");
  c.close();
});

test("a continue token that expires (410) restarts that list and still yields every object once", async () => {
  if (skip()) return;
  const c = client({ token: "t-admin" });
  api.expireNextContinue.add("pods");
  assert.equal(await podNames(c), ["etcd-node", "web-1", "web-2", "web-3"]);
  assert.is(api.expireNextContinue.size, 0, "the 410 was served");
  c.close();
});

test("tokenFile, re-read per request", async () => {
  if (skip()) return;
  fs.writeFileSync(path.join(dir, "token"), "file-token\n");
  const c = client({ tokenFile: "token" });
  assert.is((await podNames(c)).length, 4);
  assert.is(api.requests.at(-1)?.user, "file-user");
  c.close();
});

test("client certificate and key", async () => {
  if (skip()) return;
  const c = client({ "client-certificate": pki.clientCert, "client-key": pki.clientKey });
  assert.is((await podNames(c)).length, 4);
  assert.is(api.requests.at(-1)?.user, "jane");
  c.close();
});

test("exec plugin (v1 and v1beta1): token used, plugin run once while the credential is valid, run again after expiry", async () => {
  if (skip()) return;
  for (const apiVersion of ["client.authentication.k8s.io/v1", "client.authentication.k8s.io/v1beta1"]) {
    const count = path.join(dir, `count-${apiVersion.split("/")[1]}`);
    const expires = path.join(dir, `expires-${apiVersion.split("/")[1]}`);
    fs.writeFileSync(expires, "2026-01-01T01:00:00Z");
    let clock = Date.parse("2026-01-01T00:00:00Z");
    const c = client({ exec: { apiVersion, command: process.execPath, args: [PLUGIN], env: [{ name: "PLUGIN_COUNT", value: count }, { name: "PLUGIN_EXPIRES_FILE", value: expires }], interactiveMode: "Never" } }, {}, () => clock);
    assert.is((await podNames(c)).length, 4);
    assert.is(api.requests.at(-1)?.user, "plugin-user");
    await podNames(c);
    assert.is(fs.readFileSync(count, "utf8").split("\n").filter(Boolean).length, 1, "cached until expirationTimestamp");
    clock = Date.parse("2026-01-01T01:00:00Z");
    fs.writeFileSync(expires, "2026-01-01T02:00:00Z");
    await podNames(c);
    assert.is(fs.readFileSync(count, "utf8").split("\n").filter(Boolean).length, 2, "run again once expired");
    c.close();
  }
});

test("exec plugin failure surfaces its stderr and exit code", async () => {
  if (skip()) return;
  const c = client({ exec: { apiVersion: "client.authentication.k8s.io/v1", command: process.execPath, args: [PLUGIN], env: [{ name: "PLUGIN_FAIL", value: "SSO session expired, run `corp login`" }], interactiveMode: "Never" } });
  try {
    await podNames(c);
    assert.unreachable("should fail");
  } catch (e) {
    assert.match((e as Error).message, `exec plugin ${process.execPath} (user "tester") failed (exit 3): error: SSO session expired, run \`corp login\``);
  }
  c.close();
});

test("401: names the user, the context and what was being read", async () => {
  if (skip()) return;
  const c = client({ token: "wrong" });
  try {
    await readCluster({ client: c, defaultKinds: ["Pod"] });
    assert.unreachable("should fail");
  } catch (e) {
    assert.instance(e, KubeApiError);
    assert.is((e as KubeApiError).status, 401);
    assert.is((e as Error).message, `discovery (GET /api): the API server at ${server} rejected the credentials of user "tester" (context "fake") (401 Unauthorized): Unauthorized`);
  }
  c.close();
});

test("a forbidden kind is a warning naming it and the user; the other kinds are read", async () => {
  if (skip()) return;
  const c = client({ token: "t-admin" });
  const read = await readCluster({ client: c, defaultKinds: ["Pod", "Secret"] });
  assert.is(read.objects.length, 4);
  assert.is(read.warnings.length, 1);
  assert.match(read.warnings[0]!, /^Secret \(v1 secrets\) not read: list secrets: user "tester" \(context "fake"\) is not allowed to \(403 Forbidden\): secrets is forbidden: User "admin" cannot list/);
  assert.equal(read.errors, []);
  c.close();
});

test("--kinds: exact list, +add, -remove, * and unknown names warned", async () => {
  if (skip()) return;
  const c = client({ token: "t-admin" });
  const kinds = async (spec: string[]) => (await readCluster({ client: c, defaultKinds: ["Pod", "Namespace"], kindsSpec: spec })).kinds.sort();
  assert.equal(await kinds([]), ["Namespace", "Pod"]);
  assert.equal(await kinds(["deployments,DaemonSet"]), ["DaemonSet", "Deployment"]);
  assert.equal(await kinds(["+Deployment", "-Namespace"]), ["Deployment", "Pod"]);
  // Every kind once per family of groups: NetworkPolicy twice (Kubernetes', Calico's), not three times.
  assert.is((await kinds(["*", "-secrets"])).length, 13);
  const read = await readCluster({ client: c, defaultKinds: [], kindsSpec: ["Widget"] });
  assert.equal(read.warnings, ["--kinds Widget: the API server serves no listable kind of that name"]);
  c.close();
});

test("--namespace lists namespaced kinds in that namespace only, cluster-scoped kinds whole", async () => {
  if (skip()) return;
  const c = client({ token: "t-admin" });
  const read = await readCluster({ client: c, defaultKinds: ["Pod", "Namespace"], namespace: "kube-system" });
  const names = read.objects.map((o) => `${o.object.kind}/${(o.object.metadata as { name: string }).name}`).sort();
  assert.equal(names, ["Namespace/default", "Namespace/kube-system", "Namespace/shop", "Pod/etcd-node"]);
  c.close();
});

test("one kind name in two groups: Kubernetes' and Calico's NetworkPolicy are both read, Calico's CRD copy is not read again", async () => {
  if (skip()) return;
  api.emit("ADDED", { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name: "deny-all", namespace: "shop" }, spec: { podSelector: {} } });
  api.emit("ADDED", { apiVersion: "projectcalico.org/v3", kind: "NetworkPolicy", metadata: { name: "deny-all", namespace: "shop" }, spec: { selector: "all()" } });
  const c = client({ token: "t-admin" });
  try {
    const read = await readCluster({ client: c, defaultKinds: ["NetworkPolicy"] });
    const seen = read.objects.map((o) => `${o.object.apiVersion} ${o.object.kind}`).sort();
    assert.equal(seen, ["networking.k8s.io/v1 NetworkPolicy", "projectcalico.org/v1 NetworkPolicy"]);
    // Each has its own location: the add-on's kind carries its group, as kubectl writes it.
    assert.equal(read.objects.map((o) => clusterLocation("fake", o.object)).sort(), ["cluster://fake/shop/NetworkPolicy.projectcalico.org/deny-all", "cluster://fake/shop/NetworkPolicy/deny-all"]);
  } finally {
    api.emit("DELETED", { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name: "deny-all", namespace: "shop" } });
    api.emit("DELETED", { apiVersion: "projectcalico.org/v3", kind: "NetworkPolicy", metadata: { name: "deny-all", namespace: "shop" } });
    c.close();
  }
});

test.run();
