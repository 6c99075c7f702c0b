#!/usr/bin/env node
// `npm run bench`: kubeward's speed and memory as ratios against peers measured in the same run.
//   1. corpus throughput: documents/second of a full `scan` (all bundle) against the parse-only
//      ceiling — js-yaml loading the same files in the same process;      target ≥ 40 %
//   2. peak memory of that scan (max RSS of a process doing only it);       target ≤ 1 GiB
//   3. one-file scan wall time against bare `node -e 0` start-up;           target ≤ 3×
//   4. corpus: `kubeward scan` against `conftest test` with the policies `kubeward build --target
//      conftest` writes (same rules, same findings), one run each, whole processes; target ≥ 3×
//   5. Gatekeeper (scripts/lib/bench-gatekeeper.mjs): `kubeward verify` vs `gator verify` on the same
//      suites, and `kubeward scan --templates` vs `gator test` with the same policies on the corpus
//   6. examples/app: `kubeward scan` against `gator test` with the ConstraintTemplates and
//      Constraints `kubeward build --target gatekeeper` writes (bundle all), one run each; no target
//      (the figure to watch; the corpus comparison with gator belongs to `kubeward verify`)
//   8. the scan's progress hook (what `kubeward scan`'s bar costs on a terminal): the corpus scan
//      with an onProgress callback against the same scan without, same process, median of 3 each;
//      target ≤ 1.05× (the bar itself draws at most every 50 ms)
//   7. live admission: `kubeward serve` against the real `opa run --server` with the OPA bundle
//      `kubeward build --target opa` writes, same reviews and verdicts, driven over TLS keep-alive
//      from a second process (scripts/lib/bench-admission.mjs): p99 ≤ 5 ms at 1,000 reviews/s,
//      and throughput ≥ opa's. `node scripts/bench.mjs --only admission` runs just this section.
// The corpus is ../shared/corpus/manifests (or $KUBEWARD_CORPUS); without it, 1 and 2 are skipped
// with a message. Nothing here is a timed assertion in a test.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gatekeeperRows, timed } from "./lib/bench-gatekeeper.mjs";
import { admissionRows } from "./lib/bench-admission.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = process.env.KUBEWARD_CORPUS ? path.join(process.env.KUBEWARD_CORPUS, "manifests") : path.resolve(root, "..", "shared", "corpus", "manifests");
const worker = path.join(root, "scripts", "lib", "bench-worker.mjs");
const rows = [];
const only = process.argv[2] === "--only" ? process.argv[3] : undefined;

function runWorker(mode) {
  const r = spawnSync(process.execPath, ["--max-old-space-size=4096", worker, mode, corpus], { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bench worker ${mode} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeCommand(args, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

if (only !== undefined && only !== "admission") throw new Error(`bench: --only takes "admission" (got ${only})`);
if (only !== undefined) {
  // just section 5
} else if (fs.existsSync(corpus)) {
  const both = runWorker("both");
  const ratio = both.scan.docsPerSec / both.ceiling.docsPerSec;
  rows.push(["corpus: parse-only ceiling (js-yaml)", `${both.ceiling.docs} docs in ${both.ceiling.ms.toFixed(0)} ms`, `${both.ceiling.docsPerSec.toFixed(0)} docs/s`, ""]);
  rows.push(["corpus: kubeward scan, bundle all", `${both.scan.docs} docs, ${both.scan.findings} findings, ${both.scan.errors} errors in ${both.scan.ms.toFixed(0)} ms`, `${both.scan.docsPerSec.toFixed(0)} docs/s`, `${(ratio * 100).toFixed(0)} % of ceiling (target ≥ 40 %) ${ratio >= 0.4 ? "MET" : "MISSED"}`]);
  const mem = runWorker("scan");
  const mib = mem.maxRssKiB / 1024;
  rows.push(["corpus: peak memory of the scan", `max RSS ${mib.toFixed(0)} MiB`, "", `target ≤ 1024 MiB ${mib <= 1024 ? "MET" : "MISSED"}`]);
  const { progress } = runWorker("progress");
  const cost = progress.withMs / progress.withoutMs;
  rows.push(["corpus: scan with the progress hook", `${progress.withMs.toFixed(0)} ms with (${progress.calls} calls) vs ${progress.withoutMs.toFixed(0)} ms without; CPU ${progress.withCpuMs.toFixed(0)} vs ${progress.withoutCpuMs.toFixed(0)} ms`, "", `${cost.toFixed(3)}× wall, ${(progress.withCpuMs / progress.withoutCpuMs).toFixed(3)}× CPU (target ≤ 1.05×) ${cost <= 1.05 ? "MET" : "MISSED"}`]);
  rows.push(...conftestRows());
} else {
  console.log(`bench: corpus not found at ${corpus} — corpus throughput and memory SKIPPED (set KUBEWARD_CORPUS to the corpus folder).`);
}

/** kubeward scan vs conftest test on the corpus, both as whole processes, bundle all, one run each (bounded). */
function conftestRows() {
  const conftest = process.env.KUBEWARD_CONFTEST ?? path.join(root, ".tools", "bin", "conftest");
  if (!fs.existsSync(conftest)) return [["corpus: conftest comparison", "conftest not installed — SKIPPED", "", ""]];
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "kubeward-bench-conftest-"));
  try {
    const built = spawnSync(process.execPath, [path.join(root, "bin", "kubeward.js"), "build", "--target", "conftest", "--bundle", "all", "--out", out], { cwd: root, encoding: "utf8" });
    if (built.status !== 0) throw new Error(`kubeward build --target conftest failed:\n${built.stderr}`);
    const dir = path.join(out, "conftest", "all");
    const kw = timed(process.execPath, [path.join(root, "bin", "kubeward.js"), "scan", corpus, "--bundle", "all", "--format", "json", "--fail-on", "none"], { cwd: root });
    const report = JSON.parse(kw.r.stdout);
    const docs = report.summary.resources;
    const cf = timed(conftest, ["test", "--no-color", "-o", "json", "--policy", dir, "--data", path.join(dir, "data.json"), corpus], { cwd: root });
    if (cf.r.error) return [["corpus: conftest test, same policies", `did not finish: ${cf.r.error.message}`, "", "MISSED"]];
    let cfFindings = "?";
    try {
      cfFindings = JSON.parse(cf.r.stdout).reduce((n, f) => n + (f.failures?.length ?? 0) + (f.warnings?.length ?? 0), 0);
    } catch {
      // conftest wrote no JSON (e.g. a parse failure): the time is still what it took
    }
    const ratio = cf.ms / kw.ms;
    return [
      ["corpus: kubeward scan (process), bundle all", `${docs} docs, ${report.summary.findings} findings in ${kw.ms.toFixed(0)} ms`, `${((docs / kw.ms) * 1000).toFixed(0)} docs/s`, ""],
      ["corpus: conftest test, kubeward's conftest policies", `exit ${cf.r.status}, ${cfFindings} findings in ${cf.ms.toFixed(0)} ms`, `${((docs / cf.ms) * 1000).toFixed(0)} docs/s`, `kubeward ${ratio.toFixed(1)}× conftest (target ≥ 3×) ${ratio >= 3 ? "MET" : "MISSED"}`],
    ];
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

if (only === undefined) rows.push(...ownTemplatesGatorRows());

/** kubeward scan vs gator test with kubeward's own templates on examples/app, whole processes, bundle all. */
function ownTemplatesGatorRows() {
  const gator = process.env.KUBEWARD_GATOR ?? path.join(root, ".tools", "bin", "gator");
  if (!fs.existsSync(gator)) return [["examples/app: gator comparison", "gator not installed — SKIPPED", "", ""]];
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "kubeward-bench-gatekeeper-"));
  try {
    const built = spawnSync(process.execPath, [path.join(root, "bin", "kubeward.js"), "build", "--target", "gatekeeper", "--bundle", "all", "--out", out], { cwd: root, encoding: "utf8" });
    if (built.status !== 0) throw new Error(`kubeward build --target gatekeeper failed:\n${built.stderr}`);
    const dir = path.join(out, "gatekeeper", "all");
    const app = path.join(root, "examples", "app");
    const kw = timed(process.execPath, [path.join(root, "bin", "kubeward.js"), "scan", app, "--bundle", "all", "--format", "json", "--fail-on", "none"], { cwd: root });
    const report = JSON.parse(kw.r.stdout);
    const gk = timed(gator, ["test", "-f", path.join(dir, "templates"), "-f", path.join(dir, "constraints"), "-f", app, "-o", "json"], { cwd: root });
    if (gk.r.error) return [["examples/app: gator test, kubeward's templates", `did not finish: ${gk.r.error.message}`, "", ""]];
    let gkFindings = "?";
    try {
      gkFindings = JSON.parse(gk.r.stdout).length;
    } catch {
      // gator wrote no JSON: the time is still what it took
    }
    return [
      ["examples/app: kubeward scan (process), bundle all", `${report.summary.resources} docs, ${report.summary.findings} findings in ${kw.ms.toFixed(0)} ms`, "", ""],
      ["examples/app: gator test, kubeward's templates", `exit ${gk.r.status}, ${gkFindings} violations in ${gk.ms.toFixed(0)} ms`, "", `kubeward ${(gk.ms / kw.ms).toFixed(1)}× gator`],
    ];
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

if (only === undefined) {
  const n = 15;
  const bare = timeCommand(["-e", "0"], n);
  const one = timeCommand([path.join(root, "bin", "kubeward.js"), "scan", "examples/app/storefront.yaml", "--format", "json", "--output", "/dev/null"], n);
  rows.push(["start-up: node -e 0", `median of ${n}`, `${bare.toFixed(0)} ms`, ""]);
  rows.push(["start-up: one-file kubeward scan", `median of ${n}`, `${one.toFixed(0)} ms`, `${(one / bare).toFixed(2)}× node (target ≤ 3×) ${one / bare <= 3 ? "MET" : "MISSED"}`]);
}

rows.push(...(await admissionRows(root)));

if (only === undefined) rows.push(...gatekeeperRows({ root, corpus }));

// Watch mode (kubeward ui): edit→result of a narrowed re-run against the full library rebuild that
// watch mode used to pay, both measured in one worker on a temporary copy of policies/.
{
  const r = spawnSync(process.execPath, [path.join(root, "scripts", "lib", "bench-watch.mjs")], { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bench-watch failed:\n${r.stderr}`);
  const w = JSON.parse(r.stdout.trim().split("\n").pop());
  rows.push(["watch: full library rebuild (before)", "opa build of every rule to wasm", `${w.full.toFixed(0)} ms`, ""]);
  for (const [label, m] of [["a rule edit", w.rule], ["a lib edit (lib/quantity.rego)", w.lib], ["a lib edit (lib/secrets.rego)", w.secrets], ["a lib edit (k8s.container_label)", w.k8s], ["a lib edit (k8s pod template, worst case)", w.k8sCore]]) {
    rows.push([`watch: ${label} → results`, `${m.rules} rule(s), ${m.tests} tests, ${m.failed} failed`, `${m.ms.toFixed(0)} ms`, `${((m.ms / w.full) * 100).toFixed(0)} % of the full rebuild`]);
  }
}

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
console.log("");
for (const r of rows) console.log(`${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`);
