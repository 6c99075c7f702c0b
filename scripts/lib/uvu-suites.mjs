// Compiles the TypeScript test suites (test/**/*.test.ts, test/**/*.test.tsx) with esbuild and runs
// them with uvu in one process per file, so a crash in one suite never hides the others.
// Returns {passed, failed, skipped} counted from uvu's own summary lines.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export function findSuites(root, filter) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.test\.tsx?$/.test(e.name) && (!filter || p.includes(filter))) out.push(p);
    }
  };
  walk(path.join(root, "test"));
  return out.sort();
}

/** Compiles test suites (TS/TSX) to one ESM file each under outdir, packages left external. */
export async function buildSuites(root, suites, outdir) {
  await build({
    entryPoints: suites,
    outdir,
    outbase: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    jsx: "automatic",
    sourcemap: "inline",
    logLevel: "error",
    outExtension: { ".js": ".mjs" },
  });
}

export async function runUvuSuites(root, { filter, log = console.log } = {}) {
  const suites = findSuites(root, filter);
  // One build folder per run, so two runs at once (a watch and a full gate) never collide.
  const outdir = path.join(root, ".kubeward-cache", `test-build-${process.pid}`);
  fs.rmSync(outdir, { recursive: true, force: true });
  if (suites.length === 0) return { passed: 0, failed: 0, skipped: 0, suites: 0 };
  await buildSuites(root, suites, outdir);
  const totals = { passed: 0, failed: 0, skipped: 0, suites: suites.length };
  try {
    for (const suite of suites) {
      const rel = path.relative(root, suite);
      const compiled = path.join(outdir, rel.replace(/\.tsx?$/, ".mjs"));
      const r = spawnSync(process.execPath, ["--enable-source-maps", compiled], { cwd: root, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });
      const output = `${r.stdout ?? ""}${r.stderr ?? ""}`;
      const total = Number(/Total:\s+(\d+)/.exec(output)?.[1] ?? 0);
      const passed = Number(/Passed:\s+(\d+)/.exec(output)?.[1] ?? 0);
      const skipped = Number(/Skipped:\s+(\d+)/.exec(output)?.[1] ?? 0);
      // A suite that crashed before uvu's summary counts as one failure, so it can never pass silently.
      const failed = r.status !== 0 ? Math.max(1, total - passed - skipped) : total - passed - skipped;
      totals.passed += passed;
      totals.failed += failed;
      totals.skipped += skipped;
      const mark = failed > 0 ? "FAIL" : "ok  ";
      log(`${mark} ${rel}  (${passed} passed${failed ? `, ${failed} failed` : ""}${skipped ? `, ${skipped} skipped` : ""})`);
      if (failed > 0) log(output.replace(/^/gm, "     | "));
      // A suite that could not run part of itself (the shared corpus absent, say) says so here too.
      else for (const line of output.split("\n").filter((l) => /^\s*SKIPPED\b/.test(l))) log(`     ${line.trim()}`);
    }
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
  return totals;
}

// Run directly: node scripts/lib/uvu-suites.mjs [filter]
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
  const t = await runUvuSuites(root, { filter: process.argv[2] });
  console.log(`${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ""}`);
  process.exit(t.failed > 0 ? 1 : 0);
}
