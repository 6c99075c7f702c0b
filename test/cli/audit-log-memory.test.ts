// `kubeward audit-log` streams: a ~200 MB JSON-lines log (generated here, deleted after) is judged
// with a peak RSS far below the log's size. The child reports its own peak through
// process.resourceUsage().maxRSS from a two-line wrapper around the built CLI.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";

const TARGET_BYTES = 200 * 1024 * 1024;
const MAX_RSS_MB = 200;

test(`a ${TARGET_BYTES / 1048576} MB audit log is judged in under ${MAX_RSS_MB} MB of memory`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-audit-mem-"));
  try {
    const log = path.join(dir, "audit.log");
    const day = fs.readFileSync("examples/audit/cluster-day.jsonl", "utf8").trim().split("\n");
    // Routine events made large the way real ones are: RequestResponse-level list answers.
    const items = Array.from({ length: 40 }, (_, i) => ({ metadata: { name: `web-${i}`, namespace: "shop", uid: `uid-${i}`, labels: { app: "web" } }, status: { phase: "Running", podIP: `10.244.1.${i}` } }));
    const fd = fs.openSync(log, "w");
    let bytes = 0;
    let n = 0;
    let chunk: string[] = [];
    while (bytes < TARGET_BYTES) {
      const e = JSON.parse(day[n % day.length]!) as Record<string, unknown>;
      e.auditID = `${String(n).padStart(8, "0")}-0000-4000-a000-000000000000`;
      if (n % 2 === 0) e.responseObject = { kind: "PodList", apiVersion: "v1", metadata: { resourceVersion: String(n) }, items };
      const line = `${JSON.stringify(e)}\n`;
      chunk.push(line);
      bytes += Buffer.byteLength(line);
      n++;
      if (chunk.length === 2000) {
        fs.writeSync(fd, chunk.join(""));
        chunk = [];
      }
    }
    fs.writeSync(fd, chunk.join(""));
    fs.closeSync(fd);

    const wrapper = path.join(dir, "measure.mjs");
    fs.writeFileSync(wrapper, `import { run } from ${JSON.stringify(path.resolve("dist", "kubeward.mjs"))};\nprocess.exitCode = await run(process.argv.slice(2));\nprocess.stderr.write("maxRSS " + process.resourceUsage().maxRSS + "\\n");\n`);
    const started = Date.now();
    const r = spawnSync(process.execPath, [wrapper, "audit-log", log, "--format", "json", "--output", path.join(dir, "report.json")], { encoding: "utf8" });
    const seconds = (Date.now() - started) / 1000;
    assert.is(r.status, 1, r.stderr);
    const report = JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8")) as { summary: { resources: number; errors: number; findings: number } };
    assert.is(report.summary.resources, n);
    assert.is(report.summary.errors, 0);
    assert.ok(report.summary.findings > 0);
    const rssMb = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1]) / 1024;
    console.log(`  audit-log: ${n} events, ${(bytes / 1048576).toFixed(0)} MB in ${seconds.toFixed(1)} s, peak RSS ${rssMb.toFixed(0)} MB`);
    assert.ok(rssMb > 0 && rssMb < MAX_RSS_MB, `peak RSS ${rssMb.toFixed(0)} MB`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
