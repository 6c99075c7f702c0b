// One measurement per process, so peak RSS belongs to exactly what is measured.
//   node bench-worker.mjs both CORPUS   → ceiling then scan, in the same process
//   node bench-worker.mjs scan CORPUS   → scan only (for peak memory)
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

async function scanCorpus() {
  const t0 = performance.now();
  const report = await scan({ paths: [corpus], cwd: root, bundle: "all", version: "bench" });
  const ms = performance.now() - t0;
  return { docs: report.summary.resources, findings: report.summary.findings, errors: report.summary.errors, ms, docsPerSec: (report.summary.resources / ms) * 1000 };
}

const files = yamlFiles(corpus);
const result = {};
if (mode === "both") {
  ceiling(files); // warm the file cache and the JIT for both contenders
  result.ceiling = ceiling(files);
  result.scan = await scanCorpus();
} else {
  result.scan = await scanCorpus();
}
result.maxRssKiB = process.resourceUsage().maxRSS;
console.log(JSON.stringify(result));
