// One measurement per process, so peak RSS belongs to exactly what is measured.
//   node bench-worker.mjs both CORPUS   → ceiling then scan, in the same process
//   node bench-worker.mjs scan CORPUS   → scan only (for peak memory)
//   node bench-worker.mjs progress CORPUS → the scan without and with an onProgress hook (what a
//                                          progress bar costs), alternating, 3 runs each
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadAll } from "js-yaml";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const [mode, corpus] = process.argv.slice(2);
const { scan } = await import(path.join(root, "dist", "index.mjs"));

function yamlFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.(ya?ml|json)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

function ceiling(files) {
  const t0 = performance.now();
  let docs = 0;
  for (const f of files) {
    try {
      for (const d of loadAll(fs.readFileSync(f, "utf8"), null, { json: true })) if (d && typeof d === "object") docs += 1;
    } catch {
      // js-yaml rejects a few real files; the ceiling just counts what it can load
    }
  }
  const ms = performance.now() - t0;
  return { docs, ms, docsPerSec: (docs / ms) * 1000 };
}

async function scanCorpus(onProgress) {
  const t0 = performance.now();
  const report = await scan({ paths: [corpus], cwd: root, bundle: "all", version: "bench", ...(onProgress ? { onProgress } : {}) });
  const ms = performance.now() - t0;
  return { docs: report.summary.resources, findings: report.summary.findings, errors: report.summary.errors, ms, docsPerSec: (report.summary.resources / ms) * 1000 };
}

const files = yamlFiles(corpus);
const result = {};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (mode === "progress") {
  // Alternating which goes first, and timing CPU as well as wall clock: on shared cores the wall
  // clock of one run swings by ±15 %, the process's own CPU time much less.
  await scanCorpus(); // warm the file cache and the JIT
  const runs = { without: [], with: [], withoutCpu: [], withCpu: [] };
  let calls = 0;
  const timed = async (hook) => {
    const cpu0 = process.cpuUsage();
    const { ms } = await scanCorpus(hook);
    const cpu = process.cpuUsage(cpu0);
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
  };
  for (let i = 0; i < 3; i++) {
    for (const hooked of i % 2 === 0 ? [false, true] : [true, false]) {
      calls = 0;
      const t = await timed(hooked ? () => calls++ : undefined);
      runs[hooked ? "with" : "without"].push(t.ms);
      runs[hooked ? "withCpu" : "withoutCpu"].push(t.cpuMs);
    }
  }
  result.progress = { withoutMs: median(runs.without), withMs: median(runs.with), withoutCpuMs: median(runs.withoutCpu), withCpuMs: median(runs.withCpu), calls, runs };
} else if (mode === "both") {
  ceiling(files); // warm the file cache and the JIT for both contenders
  result.ceiling = ceiling(files);
  result.scan = await scanCorpus();
} else {
  result.scan = await scanCorpus();
}
result.maxRssKiB = process.resourceUsage().maxRSS;
console.log(JSON.stringify(result));
