// Realism: the whole public corpus (../shared/corpus/manifests, 26 MB from 22 projects) scans with
// the `all` bundle without a single error. Skipped, saying so, when the corpus is absent.
import fs from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { scan } from "../../src/scan.ts";

const corpusRoot = process.env.KUBEWARD_CORPUS ?? path.resolve("..", "shared", "corpus");
const manifests = path.join(corpusRoot, "manifests");

if (!fs.existsSync(manifests)) {
  console.log(`SKIPPED: corpus not found at ${manifests} (set KUBEWARD_CORPUS) — the corpus scan did not run`);
  test("corpus absent — skipped", () => {});
} else {
  test("the corpus scans with the all bundle with zero errors", async () => {
    const report = await scan({ paths: [manifests], cwd: process.cwd(), bundle: "all", version: "test" });
    assert.equal(report.errors.slice(0, 5), [], `${report.errors.length} errors`);
    assert.ok(report.summary.resources > 4000, `resources ${report.summary.resources}`);
    const byRule = new Map<string, number>();
    for (const f of report.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    const top = [...byRule].sort((a, b) => b[1] - a[1]).slice(0, 10);
    console.log(`corpus: ${report.summary.files} files, ${report.summary.resources} resources, ${report.summary.findings} findings; top rules: ${top.map(([r, n]) => `${r} ${n}`).join(", ")}`);
    // Every finding points into a real file at a real line.
    for (const f of report.findings.slice(0, 200)) {
      const lines = fs.readFileSync(path.resolve(f.file), "utf8").split("\n").length;
      assert.ok(f.line >= 1 && f.line <= lines, `${f.file}:${f.line}`);
    }
  });
}

test.run();
