// The hooks of .pre-commit-hooks.yaml under the real `pre-commit` (Debian's package, installed by
// scripts/bootstrap.mjs) in a temporary git repository. pre-commit installs hooks of a remote
// repository with `npm install`, which needs the network; offline, the test runs the same hook
// definitions as `repo: local` hooks whose entry is this checkout's bin/kubeward.js.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse as parseYaml, stringify } from "yaml";

const root = process.cwd();
const kubewardCmd = `${process.execPath} ${path.join(root, "bin", "kubeward.js")}`;
const preCommitVersion = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
const available = preCommitVersion.status === 0;

interface Hook { id: string; entry: string; language: string; [k: string]: unknown }

/** .pre-commit-hooks.yaml's hooks as `repo: local` hooks running this checkout. */
function localHooks(): Hook[] {
  const hooks = parseYaml(fs.readFileSync(path.join(root, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
  return hooks.map((h) => ({
    ...h,
    entry: h.entry.startsWith("kubeward ") ? h.entry.replace(/^kubeward /, `${kubewardCmd} `) : path.join(root, h.entry),
    language: "system",
  }));
}

function sh(cwd: string, cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

const POD = (name: string, privileged: boolean) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: shop
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: web
      image: registry.example/shop/web:1.0.0
      securityContext:
        allowPrivilegeEscalation: false
        privileged: ${privileged}
        capabilities:
          drop: [ALL]
`;

let repo = "";
let env: Record<string, string> = {};

test.before(() => {
  if (!available) return;
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "kw-precommit-"));
  env = {
    PRE_COMMIT_HOME: path.join(repo, ".cache-pre-commit"),
    GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com",
    KUBEWARD: kubewardCmd,
    KUBEWARD_HELM: fs.existsSync(path.join(root, ".tools", "bin", "helm")) ? path.join(root, ".tools", "bin", "helm") : "helm",
  };
  sh(repo, "git", ["init", "-q", "-b", "main"]);
  fs.writeFileSync(path.join(repo, ".pre-commit-config.yaml"), stringify({ repos: [{ repo: "local", hooks: localHooks() }] }));
  // Helm templates are not manifests until rendered (the kubeward-helm hook renders them).
  fs.writeFileSync(path.join(repo, ".kubewardignore"), ".cache-pre-commit/\ncharts/\n");
  fs.writeFileSync(path.join(repo, ".gitignore"), ".cache-pre-commit/\n.kubeward-cache/\n");
  sh(repo, "git", ["add", "."], env);
  const first = sh(repo, "git", ["commit", "-q", "--no-verify", "-m", "init"], env);
  assert.is(first.status, 0, first.out);
  const install = sh(repo, "pre-commit", ["install"], env);
  assert.is(install.status, 0, install.out);
});

test.after(() => {
  if (repo) fs.rmSync(repo, { recursive: true, force: true });
});

test("pre-commit is installed (scripts/bootstrap.mjs installs Debian's package when missing)", () => {
  assert.ok(available, "pre-commit is not on PATH: run `node scripts/bootstrap.mjs` (apt-get install pre-commit); the pre-commit hook tests cannot run without it");
});

test("a commit adding a bad manifest is blocked, with the finding shown", () => {
  if (!available) return;
  fs.mkdirSync(path.join(repo, "k8s"), { recursive: true });
  fs.writeFileSync(path.join(repo, "k8s", "bad.yaml"), POD("bad", true));
  sh(repo, "git", ["add", "k8s/bad.yaml"], env);
  const r = sh(repo, "git", ["commit", "-m", "bad"], env);
  assert.is.not(r.status, 0, r.out);
  assert.match(r.out, "kubeward scan (staged manifests)");
  assert.match(r.out, /k8s\/bad\.yaml[\s\S]*privileged-container[\s\S]*container "web" is privileged/);
  assert.is(sh(repo, "git", ["rev-list", "--count", "HEAD"]).out.trim(), "1", "nothing was committed");
  sh(repo, "git", ["rm", "-q", "--cached", "k8s/bad.yaml"], env);
  fs.rmSync(path.join(repo, "k8s", "bad.yaml"));
});

test("a commit adding a good manifest passes", () => {
  if (!available) return;
  fs.writeFileSync(path.join(repo, "k8s", "good.yaml"), POD("good", false));
  sh(repo, "git", ["add", "k8s/good.yaml"], env);
  const r = sh(repo, "git", ["commit", "-m", "good"], env);
  assert.is(r.status, 0, r.out);
  assert.match(r.out, /kubeward scan \(staged manifests\)\.+Passed/);
});

test("a chart whose template is privileged is blocked by kubeward-helm", () => {
  if (!available) return;
  const chart = path.join(repo, "charts", "web");
  fs.mkdirSync(path.join(chart, "templates"), { recursive: true });
  fs.writeFileSync(path.join(chart, "Chart.yaml"), "apiVersion: v2\nname: web\nversion: 0.1.0\n");
  fs.writeFileSync(path.join(chart, "values.yaml"), "privileged: true\n");
  fs.writeFileSync(path.join(chart, "templates", "pod.yaml"), POD("{{ .Release.Name }}", true).replace("privileged: true", "privileged: {{ .Values.privileged }}"));
  sh(repo, "git", ["add", "charts"], env);
  const r = sh(repo, "git", ["commit", "-m", "chart"], env);
  assert.is.not(r.status, 0, r.out);
  assert.match(r.out, "kubeward scan (Helm charts)");
  assert.match(r.out, /privileged-container[\s\S]*container "web" is privileged/);
  fs.writeFileSync(path.join(chart, "values.yaml"), "privileged: false\n");
  sh(repo, "git", ["add", "charts"], env);
  const ok = sh(repo, "git", ["commit", "-m", "chart fixed"], env);
  assert.is(ok.status, 0, ok.out);
});

test("kubeward-test: a scaffolded rule commits; once its denied example is real, the commit is blocked", () => {
  if (!available) return;
  // The library (lib/, main/) without the rules, so the hook builds only the new rule.
  const policies = path.join(repo, "policies");
  fs.mkdirSync(path.join(policies, "rules"), { recursive: true });
  // main/*_test.rego and pss_levels_test.rego test the composition with the real rules and detections, which are left out.
  fs.cpSync(path.join(root, "policies", "main"), path.join(policies, "main"), { recursive: true, filter: (src) => !src.endsWith("_test.rego") });
  fs.cpSync(path.join(root, "policies", "lib"), path.join(policies, "lib"), { recursive: true, filter: (src) => !src.endsWith("pss_levels_test.rego") });
  fs.copyFileSync(path.join(root, "policies", "capabilities.json"), path.join(policies, "capabilities.json"));
  const made = sh(repo, process.execPath, [path.join(root, "bin", "kubeward.js"), "new", "rule", "workloads/replicas-too-low"], env);
  assert.is(made.status, 0, made.out);
  sh(repo, "git", ["add", "policies"], env);
  const ok = sh(repo, "git", ["commit", "-m", "scaffold"], env);
  assert.is(ok.status, 0, ok.out);
  assert.match(ok.out, /kubeward test \(policy library\)\.+Passed/);
  const denied = path.join(policies, "rules", "workloads", "replicas-too-low", "examples", "denied", "deployment.yaml");
  fs.writeFileSync(denied, fs.readFileSync(denied, "utf8").replace(/ {2}annotations:\n {4}kubeward\.io\/scaffold: denied\n/, "").replace("replicas: 2", "replicas: 1"));
  sh(repo, "git", ["add", "policies"], env);
  const blocked = sh(repo, "git", ["commit", "-m", "real example"], env);
  assert.is.not(blocked.status, 0, blocked.out);
  assert.match(blocked.out, /kubeward test \(policy library\)\.+Failed/);
  assert.match(blocked.out, "examples/denied/deployment.yaml");
  sh(repo, "git", ["reset", "-q", "--hard", "HEAD"], env);
});

test("1,000 manifests in the repository and one staged change: the hook stays fast", () => {
  if (!available) return;
  const dir = path.join(repo, "fleet");
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(dir, `pod-${String(i).padStart(4, "0")}.yaml`), POD(`pod-${i}`, false));
  sh(repo, "git", ["add", "fleet"], env);
  assert.is(sh(repo, "git", ["commit", "-q", "--no-verify", "-m", "fleet"], env).status, 0);
  fs.writeFileSync(path.join(dir, "pod-0500.yaml"), POD("pod-500-renamed", false));
  sh(repo, "git", ["add", "fleet/pod-0500.yaml"], env);
  const started = process.hrtime.bigint();
  const r = sh(repo, "git", ["commit", "-m", "one change"], env);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  assert.is(r.status, 0, r.out);
  console.log(`  pre-commit: 1 staged manifest of 1,001, inventory from the whole repository: git commit took ${seconds.toFixed(2)} s`);
  assert.ok(seconds < 20, `git commit took ${seconds.toFixed(1)} s`);
});

test.run();
