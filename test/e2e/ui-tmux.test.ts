// `kubeward ui` end to end in a real terminal: tmux runs it at 80×24, the test sends keys and reads
// the screen with capture-pane. The library is a temp copy of policies/ with one rule broken, so
// the Tests view has a failure to show; the Bundles view builds the wasm target, then a signed OPA
// bundle and conftest policies, which must exist on disk (and `opa inspect` must read the bundle).
// tmux comes from scripts/bootstrap.mjs (apt-get).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { resolveTool } from "../../src/policy/tools.ts";

const socket = `kw-e2e-${process.pid}`;
const tmux = (...args: string[]) => spawnSync("tmux", ["-L", socket, ...args], { encoding: "utf8" });
const screen = () => tmux("capture-pane", "-p", "-t", "ui").stdout ?? "";
const keys = (...k: string[]) => tmux("send-keys", "-t", "ui", ...k);
const screens: string[] = [];

async function waitFor(pattern: RegExp, seconds: number, what: string): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const s = screen();
    if (pattern.test(s)) return s;
    if (Date.now() > deadline) throw new Error(`${what}: no screen matched ${pattern} within ${seconds} s; the screen was:\n${s}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

test("kubeward ui in tmux: tests with a failing rule's diff, coverage, a bundle build", async () => {
  const version = spawnSync("tmux", ["-V"], { encoding: "utf8" });
  if (version.status !== 0) {
    assert.unreachable("tmux is not installed, so kubeward ui cannot be tested in a real terminal: run `node scripts/bootstrap.mjs` (installs it with apt-get) or install tmux");
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-ui-e2e-"));
  try {
    fs.cpSync("policies", path.join(tmp, "policies"), { recursive: true });
    const rule = path.join(tmp, "policies", "rules", "pod-security", "privileged-container", "policy.rego");
    fs.writeFileSync(rule, fs.readFileSync(rule, "utf8").replace(".privileged == true", ".privilegedd == true"));
    const out = path.join(tmp, "out");
    const cmd = `env -u CI NO_COLOR=1 ${process.execPath} ${path.resolve("bin", "kubeward.js")} ui --policies ${tmp}/policies --out ${out} examples; sleep 5`;
    const started = tmux("new-session", "-d", "-s", "ui", "-x", "80", "-y", "24", cmd);
    assert.is(started.status, 0, started.stderr);

    // Tests: the run finishes with counts and the broken rule fails.
    let s = await waitFor(/· done/, 180, "tests run");
    assert.match(s, /✓ \d+ passed +✗ [1-9]\d* failed +○ \d+ skipped/, s);
    // Pauses between keys: on a loaded machine the terminal can hand "/", the text and Enter to the
    // UI as one read, which is not the "/" key.
    const pause = () => new Promise((r) => setTimeout(r, 500));
    keys("/");
    await pause();
    keys("-l", "privileged-container");
    await pause();
    keys("Enter");
    s = await waitFor(/\/privileged-container/, 10, "filter");
    for (let i = 0; i < 12 && !/expected +actual/.test(s); i++) {
      keys("j");
      await new Promise((r) => setTimeout(r, 200));
      s = screen();
    }
    s = await waitFor(/expected +actual/, 10, "failure detail");
    assert.match(s, /privileged-container ›/, s);
    assert.match(s, /(at least one finding of|the test's body holds)/);
    screens.push(s);

    // Bundles: build the first bundle ("all") for the default target (wasm) and find its artefact on disk.
    keys("4");
    await waitFor(/c: compose · t: targets/, 10, "bundles view");
    keys("Enter");
    s = await waitFor(/done: 1 artefact/, 120, "bundle build");
    assert.match(s, /✓ wasm +\S+\/out\/all/, s);
    assert.match(s, /\d+ files · [\d.]+ [KM]iB · \d+ rules · revision [0-9a-f]{12}\n +entrypoints kubeward\/main\/findings/, s);
    screens.push(s);
    assert.ok(fs.statSync(path.join(out, "all", "policy.wasm")).size > 1000, "the artefact's policy.wasm exists on disk");

    // The same bundle as a signed OPA bundle and conftest policies: targets toggled in the view,
    // an HMAC key typed into the signing key field.
    const secret = path.join(tmp, "hmac-secret");
    fs.writeFileSync(secret, "e2e-secret\n");
    for (const k of ["t", "Space", "l", "Space", "l", "l", "Space", "t"]) {
      keys(k);
      await pause();
    }
    s = await waitFor(/targets: \[ \] wasm \[x\] opa \[ \] gatekeeper \[x\] conftest/, 10, "targets chosen");
    keys("s");
    await pause();
    keys("-l", secret);
    await pause();
    keys("Enter");
    await waitFor(/signing key: \S+hmac-secret \(signs opa/, 10, "signing key set");
    keys("Enter");
    s = await waitFor(/done: 2 artefacts|✗ build failed/, 240, "opa + conftest build");
    assert.match(s, /done: 2 artefacts/, s);
    assert.match(s, /✓ opa +\S+\/out\/opa\/all\.tar\.gz\n +1 file · [\d.]+ [KM]iB · \d+ rules · revision all-[0-9a-f]{16}\n +entrypoints system\/main, kubeward\/main\/findings/, s);
    assert.match(s, /signed HS256 \(keyid default\)/, s);
    assert.match(s, /✓ conftest +\S+\/out\/conftest\/all\n +\d+ files · [\d.]+ [KM]iB · \d+ rules · revision [0-9a-f]{12}\n +entrypoints main\.deny, main\.warn/, s);
    screens.push(s);
    const tarball = path.join(out, "opa", "all.tar.gz");
    assert.ok(fs.statSync(tarball).size > 1000, "the OPA bundle exists on disk");
    assert.ok(fs.existsSync(path.join(out, "conftest", "all", "conftest", "main.rego")), "the conftest policies exist on disk");
    // The pinned opa reads the tarball and sees the revision the view showed.
    const inspect = spawnSync(resolveTool("opa"), ["inspect", "--format", "json", tarball], { encoding: "utf8" });
    assert.is(inspect.status, 0, inspect.stderr);
    const shown = /revision (all-[0-9a-f]{16})/.exec(s)?.[1];
    assert.is((JSON.parse(inspect.stdout) as { manifest: { revision: string } }).manifest.revision, shown);

    keys("q");
    await new Promise((r) => setTimeout(r, 500));
    tmux("kill-server");

    // Coverage needs passing tests (opa prints no coverage report when a test fails), so it runs on
    // a second copy whose one rule has a clause no test reaches.
    fs.rmSync(path.join(tmp, "policies"), { recursive: true, force: true });
    fs.cpSync("policies", path.join(tmp, "policies"), { recursive: true });
    fs.appendFileSync(rule, '\nviolation contains {"msg": "unreached", "details": {}} if {\n\tinput.review.object.kind == "NeverAKind"\n}\n');
    assert.is(tmux("new-session", "-d", "-s", "ui", "-x", "80", "-y", "24", cmd).status, 0);
    await waitFor(/· done/, 180, "tests run (coverage copy)");
    // Coverage: percentages, and the extended rule's uncovered lines in the source view.
    keys("2");
    s = await waitFor(/total \d+\.\d%|✗ opa test --coverage failed/, 240, "coverage");
    assert.match(s, /privileged-container +\d+\.\d% +█*░+ +[1-9]/, s);
    screens.push(s);
    keys("Enter");
    s = await waitFor(/uncovered lines? · n\/N jump/, 10, "coverage source");
    assert.match(s, /^✗ +\d+ /m);
    keys("n");
    screens.push(await waitFor(/✗ +\d+ violation contains \{"msg": "unreached"/, 10, "uncovered jump"));
  } finally {
    tmux("kill-server");
    fs.mkdirSync(".kubeward-cache", { recursive: true });
    fs.writeFileSync(path.join(".kubeward-cache", "ui-e2e-screens.txt"), screens.join(`\n${"=".repeat(80)}\n`));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test("kubeward ui --watch in tmux: an edited rule re-runs on screen; findings grouped, a finding's snippet", async () => {
  if (spawnSync("tmux", ["-V"], { encoding: "utf8" }).status !== 0) {
    assert.unreachable("tmux is not installed, so kubeward ui cannot be tested in a real terminal: run `node scripts/bootstrap.mjs` (installs it with apt-get) or install tmux");
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-ui-watch-"));
  try {
    fs.cpSync("policies", path.join(tmp, "policies"), { recursive: true });
    const rule = path.join(tmp, "policies", "rules", "pod-security", "privileged-container", "policy.rego");
    const cmd = `env -u CI NO_COLOR=1 ${process.execPath} ${path.resolve("bin", "kubeward.js")} ui --watch --policies ${tmp}/policies --out ${tmp}/out examples/app; sleep 5`;
    assert.is(tmux("new-session", "-d", "-s", "ui", "-x", "80", "-y", "24", cmd).status, 0);
    let s = await waitFor(/· done/, 240, "first run");
    assert.match(s, /✗ 0 failed/, s);
    assert.match(s, /· watching/, s);

    // Watch: break the rule in the temp copy; only it re-runs, and its failure reaches the screen.
    fs.writeFileSync(rule, fs.readFileSync(rule, "utf8").replace(".privileged == true", ".privilegedd == true"));
    s = await waitFor(/changed: rules\/pod-security\/privileged-container\/policy\.rego[\s\S]*|✗ [1-9]\d* failed[\s\S]*· done/, 60, "watch re-run");
    s = await waitFor(/✗ [1-9]\d* failed[\s\S]*· done/, 60, "watch re-run result");
    assert.match(s, /changed: rules\/pod-security\/privileged-container\/policy\.rego → 1 rule/, s);
    screens.push(s);

    // A lib edit is narrowed to the Rego rules it changed: the callers of k8s.container_label,
    // not all of the ~230 rules that import lib/k8s.rego. Their messages change, so they fail.
    const k8s = path.join(tmp, "policies", "lib", "k8s.rego");
    const k8sText = fs.readFileSync(k8s, "utf8");
    assert.ok(k8sText.includes('container_label(c) := sprintf("%s %q"'), "lib/k8s.rego still defines container_label as this test expects");
    fs.writeFileSync(k8s, k8sText.replace('container_label(c) := sprintf("%s %q"', 'container_label(c) := sprintf("%s: %q"'));
    s = await waitFor(/changed: lib\/k8s\.rego → \d+ rules/, 60, "lib edit noticed");
    const narrowed = Number(/changed: lib\/k8s\.rego → (\d+) rules/.exec(s)?.[1]);
    assert.ok(narrowed > 10 && narrowed < 150, `one k8s helper re-ran ${narrowed} rules`);
    s = await waitFor(/· done/, 120, "lib edit result");
    assert.match(s, /✗ [1-9]\d* failed/, s);
    screens.push(s);

    // Findings: the scan of examples/app, grouped by severity, then by rule; a finding's snippet.
    keys("3");
    s = await waitFor(/\d+ findings? in \d+ resources/, 120, "findings scan");
    // At 80 columns the header's "by … (g)" is cut off; the group headings show the grouping.
    assert.match(s, /^(critical|high|medium|low) \(\d+\)$/m, s);
    keys("g");
    s = await waitFor(/^[a-z][a-z0-9-]+-[a-z0-9-]+ \(\d+\)$/m, 10, "group by rule");
    assert.not.match(s, /^(critical|high|medium|low) \(\d+\)$/m, s);
    // Regrouping clears the selection; j selects a finding (one key per read: pause between).
    for (let i = 0; i < 5 && !/^›\s*\d+ /m.test(s); i++) {
      keys("j");
      await new Promise((r) => setTimeout(r, 500));
      s = screen();
    }
    s = await waitFor(/^›\s*\d+ /m, 10, "finding detail with the highlighted line");
    assert.match(s, /examples\/app\/[\w-]+\.yaml:\d+/, s);
    assert.match(s, /fix: /, s);
    screens.push(s);
    keys("q");
  } finally {
    tmux("kill-server");
    fs.mkdirSync(".kubeward-cache", { recursive: true });
    fs.writeFileSync(path.join(".kubeward-cache", "ui-e2e-screens.txt"), screens.join(`\n${"=".repeat(80)}\n`));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test.run();
