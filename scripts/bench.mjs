#!/usr/bin/env node
// `npm run bench`: kubeward's speed and memory as ratios against peers measured in the same run.
//   1. corpus throughput: documents/second of a full `scan` (all bundle) against the parse-only
//      ceiling — js-yaml loading the same files in the same process;      target ≥ 40 %
//   2. peak memory of that scan (max RSS of a process doing only it);       target ≤ 1 GiB
//   3. one-file scan wall time against bare `node -e 0` start-up;           target ≤ 3×
// The corpus is ../shared/corpus/manifests (or $KUBEWARD_CORPUS); without it, 1 and 2 are skipped
// with a message. Nothing here is a timed assertion in a test.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = process.env.KUBEWARD_CORPUS ? path.join(process.env.KUBEWARD_CORPUS, "manifests") : path.resolve(root, "..", "shared", "corpus", "manifests");
const worker = path.join(root, "scripts", "lib", "bench-worker.mjs");
const rows = [];

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

if (fs.existsSync(corpus)) {
  const both = runWorker("both");
  const ratio = both.scan.docsPerSec / both.ceiling.docsPerSec;
  rows.push(["corpus: parse-only ceiling (js-yaml)", `${both.ceiling.docs} docs in ${both.ceiling.ms.toFixed(0)} ms`, `${both.ceiling.docsPerSec.toFixed(0)} docs/s`, ""]);
  rows.push(["corpus: kubeward scan, bundle all", `${both.scan.docs} docs, ${both.scan.findings} findings, ${both.scan.errors} errors in ${both.scan.ms.toFixed(0)} ms`, `${both.scan.docsPerSec.toFixed(0)} docs/s`, `${(ratio * 100).toFixed(0)} % of ceiling (target ≥ 40 %) ${ratio >= 0.4 ? "MET" : "MISSED"}`]);
  const mem = runWorker("scan");
  const mib = mem.maxRssKiB / 1024;
  rows.push(["corpus: peak memory of the scan", `max RSS ${mib.toFixed(0)} MiB`, "", `target ≤ 1024 MiB ${mib <= 1024 ? "MET" : "MISSED"}`]);
} else {
  console.log(`bench: corpus not found at ${corpus} — corpus throughput and memory SKIPPED (set KUBEWARD_CORPUS to the corpus folder).`);
}

const n = 15;
const bare = timeCommand(["-e", "0"], n);
const one = timeCommand([path.join(root, "bin", "kubeward.js"), "scan", "examples/app/storefront.yaml", "--format", "json", "--output", "/dev/null"], n);
rows.push(["start-up: node -e 0", `median of ${n}`, `${bare.toFixed(0)} ms`, ""]);
rows.push(["start-up: one-file kubeward scan", `median of ${n}`, `${one.toFixed(0)} ms`, `${(one / bare).toFixed(2)}× node (target ≤ 3×) ${one / bare <= 3 ? "MET" : "MISSED"}`]);

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
console.log("");
for (const r of rows) console.log(`${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`);
