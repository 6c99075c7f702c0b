// kubeconfig loading: the variants kubectl accepts, merging, and errors that name file and key.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadKubeConnection } from "../../../src/sources/kube/kubeconfig.ts";
import { KubewardError } from "../../../src/errors.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-kubeconfig-"));
const home = path.join(dir, "home");
fs.mkdirSync(path.join(home, ".kube"), { recursive: true });

function write(name: string, text: string): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
}

const A = write(
  "a.yaml",
  `apiVersion: v1
kind: Config
current-context: dev
clusters:
  - name: dev
    cluster:
      server: https://dev.example:6443/
      certificate-authority-data: ${Buffer.from("CA-PEM").toString("base64")}
      tls-server-name: api.dev.internal
users:
  - name: dev-user
    user:
      token: abc123
contexts:
  - name: dev
    context: {cluster: dev, user: dev-user, namespace: shop}
`,
);
const B = write(
  "b.yaml",
  `apiVersion: v1
kind: Config
current-context: prod
clusters:
  - name: prod
    cluster: {server: "https://prod.example", insecure-skip-tls-verify: true}
  - name: dev
    cluster: {server: "https://shadowed.example"}
users:
  - name: prod-user
    user: {tokenFile: tokens/prod}
  - name: cert-user
    user: {client-certificate: certs/c.crt, client-key: certs/c.key}
  - name: basic
    user: {username: admin, password: hunter2}
  - name: plugin
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1
        command: ./bin/get-token
        args: ["--cluster", "prod"]
        env: [{name: REGION, value: eu}]
        interactiveMode: Never
contexts:
  - name: prod
    context: {cluster: prod, user: prod-user}
  - name: certs
    context: {cluster: prod, user: cert-user}
  - name: basic
    context: {cluster: prod, user: basic}
  - name: plugin
    context: {cluster: prod, user: plugin}
`,
);
fs.mkdirSync(path.join(dir, "certs"));
fs.writeFileSync(path.join(dir, "certs", "c.crt"), "CERT");
fs.writeFileSync(path.join(dir, "certs", "c.key"), "KEY");

const load = (o: { file?: string; context?: string; env?: Record<string, string> }) => loadKubeConnection({ env: o.env ?? {}, home, cwd: dir, file: o.file, context: o.context });

function error(fn: () => unknown): KubewardError {
  try {
    fn();
  } catch (e) {
    if (e instanceof KubewardError) return e;
    throw e;
  }
  throw new Error("no error thrown");
}

test("--kubeconfig: current-context, token, CA data, tls-server-name, the context's namespace; trailing slash dropped", () => {
  const c = load({ file: A });
  assert.is(c.context, "dev");
  assert.is(c.user, "dev-user");
  assert.is(c.server, "https://dev.example:6443");
  assert.is(c.namespace, "shop");
  assert.is(c.tlsServerName, "api.dev.internal");
  assert.is(c.ca?.toString(), "CA-PEM");
  assert.equal(c.auth, { kind: "token", token: "abc123" });
});

test("$KUBECONFIG merges: the first file to set current-context and each name wins", () => {
  const c = load({ env: { KUBECONFIG: [path.join(dir, "missing.yaml"), A, B].join(path.delimiter) } });
  assert.is(c.context, "dev");
  assert.is(c.server, "https://dev.example:6443", "cluster dev from a.yaml, not b.yaml's shadow");
  const p = load({ env: { KUBECONFIG: [A, B].join(path.delimiter) }, context: "prod" });
  assert.is(p.server, "https://prod.example");
  assert.is(p.insecureSkipTlsVerify, true);
  assert.equal(p.auth, { kind: "token-file", file: path.join(dir, "tokens", "prod") }, "tokenFile relative to the kubeconfig");
});

test("~/.kube/config when neither --kubeconfig nor $KUBECONFIG is given", () => {
  fs.copyFileSync(A, path.join(home, ".kube", "config"));
  assert.is(load({}).context, "dev");
  fs.rmSync(path.join(home, ".kube", "config"));
  const e = error(() => load({}));
  assert.match(e.message, `no kubeconfig found (looked at ${path.join(home, ".kube", "config")})`);
});

test("client certificate and key files, relative to the kubeconfig", () => {
  const c = load({ file: B, context: "certs" });
  assert.is(c.cert?.toString(), "CERT");
  assert.is(c.key?.toString(), "KEY");
});

test("exec plugin: command resolved against the kubeconfig's folder, args and env kept", () => {
  const c = load({ file: B, context: "plugin" });
  assert.equal(c.auth, {
    kind: "exec",
    exec: { apiVersion: "client.authentication.k8s.io/v1", command: path.join(dir, "bin", "get-token"), args: ["--cluster", "prod"], env: [{ name: "REGION", value: "eu" }], interactiveMode: "Never", provideClusterInfo: false },
  });
});

test("a missing context names the file and the contexts there are", () => {
  const e = error(() => load({ file: B, context: "staging" }));
  assert.is(e.code, "config");
  assert.is(e.message, `kubeconfig ${B}: context "staging" not found (contexts: basic, certs, plugin, prod)`);
});

test("basic auth is refused, saying so", () => {
  const e = error(() => load({ file: B, context: "basic" }));
  assert.match(e.message, `kubeconfig ${B}: user "basic" uses basic auth (username/password), which kubeward does not support`);
});

test("a kubeconfig that is not YAML: the file and the line", () => {
  const bad = write("bad.yaml", "apiVersion: v1\nclusters:\n  - name: x\n    cluster: {server: [unclosed\nusers: []\n");
  const e = error(() => load({ file: bad }));
  assert.is(e.file, bad);
  assert.ok(e.line !== undefined && e.line >= 4 && e.line <= 5, `line ${e.line}`);
  assert.match(e.message, "kubeconfig is not valid YAML");
});

test("a context naming an undefined user says which", () => {
  const f = write("nouser.yaml", "current-context: x\nclusters: [{name: c, cluster: {server: 'https://h'}}]\ncontexts: [{name: x, context: {cluster: c, user: ghost}}]\n");
  assert.is(error(() => load({ file: f })).message, `kubeconfig ${f}: context "x" names user "ghost", which is not defined (users: none)`);
});

test("in a pod: the service-account token file, CA and namespace", () => {
  const sa = path.join(dir, "sa");
  fs.mkdirSync(sa);
  fs.writeFileSync(path.join(sa, "token"), "sa-token\n");
  fs.writeFileSync(path.join(sa, "ca.crt"), "SA-CA");
  fs.writeFileSync(path.join(sa, "namespace"), "kubeward\n");
  const c = loadKubeConnection({ env: { KUBERNETES_SERVICE_HOST: "10.96.0.1", KUBERNETES_SERVICE_PORT: "443" }, home, cwd: dir, serviceAccountDir: sa });
  assert.is(c.context, "in-cluster");
  assert.is(c.server, "https://10.96.0.1:443");
  assert.is(c.namespace, "kubeward");
  assert.is(c.ca?.toString(), "SA-CA");
  assert.equal(c.auth, { kind: "token-file", file: path.join(sa, "token") });
});

test.after(() => fs.rmSync(dir, { recursive: true, force: true }));
test.run();
