#!/usr/bin/env node
// `npm run test:e2e`: kubeward serve behind a real kube-apiserver, driven with the real kubectl
// (test/e2e/*.e2e.ts). Builds the control plane first (scripts/e2e-tools.mjs: a no-op when it is
// current) and stops loudly when it cannot — a missing API server is a failure here, never a skip.
// The suites are named *.e2e.ts, not *.test.ts, so `npm test` does not run them: see
// docs/architecture.md (test layers) for the measured build and run times behind that choice.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSuites } from "./lib/uvu-suites.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const filter = process.argv[2];
const say = (msg) => console.log(`test:e2e: ${msg}`);

const tools = spawnSync(process.execPath, [path.join(root, "scripts", "e2e-tools.mjs")], { cwd: root, stdio: "inherit" });
if (tools.status !== 0) {
  say("the control plane (etcd, kube-apiserver, kubectl) could not be built; see above. Nothing was run.");
  process.exit(2);
}
if (!fs.existsSync(path.join(root, "dist", "kubeward.mjs"))) {
  say("dist/kubeward.mjs is missing: run node scripts/build.mjs first (npm run test:e2e does).");
  process.exit(2);
}

const suites = fs.readdirSync(path.join(root, "test", "e2e"))
  .filter((f) => f.endsWith(".e2e.ts") && (!filter || f.includes(filter)))
  .map((f) => path.join(root, "test", "e2e", f))
  .sort();
if (suites.length === 0) {
  say(`no suite matches ${filter ?? "test/e2e/*.e2e.ts"}`);
  process.exit(2);
}

// One build folder per run, like scripts/lib/uvu-suites.mjs, so two runs never collide.
const outdir = path.join(root, ".kubeward-cache", `e2e-build-${process.pid}`);
await buildSuites(root, suites, outdir);
let failed = 0;
try {
  for (const suite of suites) {
    const rel = path.relative(root, suite);
    const started = Date.now();
    say(`${rel}…`);
    // The suite's own output streams through: a run takes a minute or more, and its progress matters.
    const r = spawnSync(process.execPath, ["--enable-source-maps", path.join(outdir, rel.replace(/\.ts$/, ".mjs"))], { cwd: root, stdio: "inherit", env: { ...process.env, FORCE_COLOR: "0" }, timeout: 15 * 60_000 });
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    if (r.status !== 0) failed += 1;
    say(`${r.status === 0 ? "ok  " : "FAIL"} ${rel} (${secs} s)${r.error ? ` — ${r.error.message}` : ""}`);
  }
} finally {
  fs.rmSync(outdir, { recursive: true, force: true });
}
say(`${suites.length - failed} suite(s) passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
