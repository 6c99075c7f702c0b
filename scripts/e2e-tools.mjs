#!/usr/bin/env node
// Builds the control plane the admission end-to-end test runs against — kube-apiserver, kubectl and
// etcd — from the Go module in test/e2e/kube (its go.mod pins k8s.io/kubernetes and, through it,
// the etcd server Kubernetes itself is tested with) into .tools/bin. Idempotent: a binary is
// rebuilt only when test/e2e/kube/go.mod or go.sum changed since it was built (the stamp lives in
// .tools/bin/.e2e-versions.json, beside bootstrap's .versions.json, which it leaves alone). The
// first build compiles most of Kubernetes (docs/admission.md has the measured times); later ones
// come from the Go build cache.
//
//   node scripts/e2e-tools.mjs           # build what is missing or stale; exit 2 when it cannot
//   node scripts/e2e-tools.mjs --check   # say what is missing or stale, build nothing; exit 1 if any
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const moduleDir = path.join(root, "test", "e2e", "kube");
const toolsDir = path.join(root, ".tools", "bin");
const stampFile = path.join(toolsDir, ".e2e-versions.json");
const checkOnly = process.argv.includes("--check");

// The `tool` packages of test/e2e/kube/go.mod, and the binary name each is built as.
const E2E_TOOLS = [
  { name: "etcd", package: "go.etcd.io/etcd/server/v3", module: "go.etcd.io/etcd/server/v3" },
  { name: "kube-apiserver", package: "k8s.io/kubernetes/cmd/kube-apiserver", module: "k8s.io/kubernetes" },
  { name: "kubectl", package: "k8s.io/kubernetes/cmd/kubectl", module: "k8s.io/kubernetes" },
];

const log = (msg) => console.log(`e2e-tools: ${msg}`);
const fail = (msg) => {
  console.error(`e2e-tools: ${msg}`);
  process.exit(2);
};

/** The version go.mod selects for a module (for the stamp and the version ldflags). */
function requiredVersion(goMod, module) {
  const m = new RegExp(`^\\s*(?:require[ \\t]+)?${module.replace(/[.]/g, "\\.")}[ \\t]+(v\\S+)`, "m").exec(goMod);
  if (!m) fail(`test/e2e/kube/go.mod does not require ${module}`);
  return m[1];
}

const goMod = fs.readFileSync(path.join(moduleDir, "go.mod"), "utf8");
const goSum = fs.readFileSync(path.join(moduleDir, "go.sum"), "utf8");
// Any change to the module's requirements (a Kubernetes or etcd bump, a replace) rebuilds all three.
const pin = createHash("sha256").update(goMod).update(goSum).digest("hex").slice(0, 16);
const k8sVersion = requiredVersion(goMod, "k8s.io/kubernetes");
const etcdVersion = requiredVersion(goMod, "go.etcd.io/etcd/server/v3");
const versions = { "k8s.io/kubernetes": k8sVersion, "go.etcd.io/etcd/server/v3": etcdVersion };

let stamps = {};
try {
  stamps = JSON.parse(fs.readFileSync(stampFile, "utf8"));
} catch {
  // no stamp yet: everything counts as stale
}
const stampOf = (tool) => `${versions[tool.module]}+${pin}`;
const stale = E2E_TOOLS.filter((t) => !fs.existsSync(path.join(toolsDir, t.name)) || stamps[t.name] !== stampOf(t));

if (checkOnly) {
  for (const t of E2E_TOOLS) log(`${t.name} ${versions[t.module]}: ${stale.includes(t) ? "missing or stale" : "ready"} (${path.join(toolsDir, t.name)})`);
  process.exit(stale.length > 0 ? 1 : 0);
}
if (stale.length === 0) process.exit(0);

if (spawnSync("go", ["version"], { encoding: "utf8" }).status !== 0) {
  fail(`Go is not installed, and the admission end-to-end test needs ${stale.map((t) => t.name).join(", ")} built from test/e2e/kube.\n` +
    "  Install Go 1.26 or newer (https://go.dev/doc/install), then run node scripts/e2e-tools.mjs.");
}

// kube-apiserver and kubectl report the version they were built from (Kubernetes' own release
// builds set the same variables): `kubectl version` and the API server's /version say v1.37.x,
// not v0.0.0-master, so a client that checks the server version sees the real one.
const minor = /^v(\d+)\.(\d+)/.exec(k8sVersion);
const versionPkg = "k8s.io/component-base/version";
const k8sLdflags = [
  `-X ${versionPkg}.gitVersion=${k8sVersion}`,
  `-X ${versionPkg}.gitMajor=${minor?.[1] ?? ""}`,
  `-X ${versionPkg}.gitMinor=${minor?.[2] ?? ""}`,
  `-X ${versionPkg}.gitTreeState=clean`,
].join(" ");

fs.mkdirSync(toolsDir, { recursive: true });
// All three in one `go build`, so the packages they share compile once and in parallel. Static
// binaries (CGO_ENABLED=0), as Kubernetes releases them; -mod=readonly, so a go.sum that does not
// match go.mod fails here instead of being rewritten. The compiler flags (no -trimpath, cgo off)
// are bootstrap's `go install` ones, so dependencies its tools already compiled (helm and gator
// share much of Kubernetes' dependency tree) come from the Go build cache.
const outDir = fs.mkdtempSync(path.join(toolsDir, ".e2e-build-"));
const started = Date.now();
log(`building ${stale.map((t) => t.name).join(", ")} (Kubernetes ${k8sVersion}, etcd ${etcdVersion}) with go build — the first build takes many minutes…`);
const r = spawnSync("go", ["build", "-mod=readonly", "-ldflags", `-s -w ${k8sLdflags}`, "-o", outDir, ...stale.map((t) => t.package)], {
  cwd: moduleDir,
  env: { ...process.env, CGO_ENABLED: "0", GOFLAGS: "" },
  stdio: ["ignore", "inherit", "pipe"],
  encoding: "utf8",
});
if (r.status !== 0) {
  fs.rmSync(outDir, { recursive: true, force: true });
  const stderr = (r.stderr ?? "").split("\n").filter((l) => !l.startsWith("go: downloading")).join("\n").trim();
  fail(`go build in test/e2e/kube failed (${r.error?.message ?? `exit ${r.status}`}):\n${stderr}`);
}
for (const t of stale) {
  // go build names each binary after the last path element of its package: server for etcd.
  const built = path.join(outDir, path.basename(t.package.replace(/\/v\d+$/, "")));
  // A rename, so a test running at the same time never sees a half-written binary.
  fs.renameSync(built, path.join(toolsDir, t.name));
  stamps[t.name] = stampOf(t);
}
fs.rmSync(outDir, { recursive: true, force: true });
fs.writeFileSync(stampFile, `${JSON.stringify(stamps, null, 2)}\n`);
log(`ready in ${((Date.now() - started) / 1000).toFixed(0)} s: ${stale.map((t) => path.join(toolsDir, t.name)).join(", ")}`);
