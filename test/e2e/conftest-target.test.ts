// The conftest target in the real conftest: `conftest test --policy dist/conftest/<bundle> --data
// .../data.json` on every example of every rule (and examples/) must report kubeward's findings —
// same rule, message, path and resource, deny at or above fail-on and warn below. Single-document
// files go through one conftest run; a multi-document file is its own little cluster, so it runs with
// --combine (every object of the run forms data.inventory, as in kubeward scan).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadBundleSpec, resolveBundle } from "../../src/config/bundle.ts";
import { buildPolicyData } from "../../src/engine/evaluate-documents.ts";
import { effectiveNamespace } from "../../src/engine/inventory.ts";
import { buildReviewInput } from "../../src/engine/review-input.ts";
import { loadEngine } from "../../src/engine/wasm-engine.ts";
import { buildLibrary } from "../../src/policy/build-library.ts";
import { writeConftestPolicies } from "../../src/policy/conftest-target.ts";
import { collectExamples } from "../../src/policy/examples.ts";
import { discoverSources } from "../../src/sources/index.ts";
import { resolveTool } from "../../src/policy/tools.ts";
import { parseDocuments } from "../../src/parse/index.ts";
import { SEVERITIES, type Document, type RawViolation } from "../../src/types.ts";

const FAIL_ON = "medium";

interface ConftestResult { msg: string; metadata: { rule: string; message: string; path: string; severity: string; resource: { kind: string; namespace: string | null; name: string } } }
interface ConftestFile { filename: string; failures?: ConftestResult[]; warnings?: ConftestResult[] }

function key(verdict: string, rule: string, message: string, p: string, kind: string, ns: string | null | undefined, name: string): string {
  return `${verdict} ${rule} | ${message} | ${p} | ${kind} ${ns ?? "-"}/${name}`;
}

function fromConftest(files: ConftestFile[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of files) {
    const list = out.get(path.resolve(f.filename)) ?? [];
    for (const [verdict, results] of [["deny", f.failures ?? []], ["warn", f.warnings ?? []]] as const) {
      for (const r of results) {
        const m = r.metadata;
        assert.is(r.msg, `${m.rule}: ${m.message}`);
        list.push(key(verdict, m.rule, m.message, m.path, m.resource.kind, m.resource.namespace, m.resource.name));
      }
    }
    out.set(path.resolve(f.filename), list);
  }
  return out;
}

function runConftest(args: string[]): Promise<ConftestFile[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(resolveTool("conftest"), ["test", "--no-color", "-o", "json", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (b: Buffer) => (out += b.toString("utf8")));
    child.stderr.on("data", (b: Buffer) => (err += b.toString("utf8")));
    // A safety kill, not a speed check: under load conftest needs minutes for the corpus-sized inputs.
    const t = setTimeout(() => child.kill("SIGKILL"), 15 * 60_000);
    child.once("exit", (code) => {
      clearTimeout(t);
      // 0: clean, 1: failures (deny). Anything else is conftest failing to run.
      if (code !== 0 && code !== 1) reject(new Error(`conftest ${args.join(" ")} exited ${code}:\n${err}${out}`));
      else resolve(JSON.parse(out) as ConftestFile[]);
    });
  });
}

test("real conftest test reports kubeward's findings on every example", async () => {
  const library = await buildLibrary(path.resolve("policies"), path.resolve("dist", "library"));
  const bundle = resolveBundle(loadBundleSpec("all"), library.catalog);
  const severity = new Map(library.catalog.map((r) => [r.id, r.severity]));
  const engine = await loadEngine(fs.readFileSync(library.wasmFile));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-conftest-"));
  const target = writeConftestPolicies({ policiesDir: path.resolve("policies"), catalog: library.catalog, bundle, failOn: FAIL_ON, outDir: path.join(tmp, "all") });

  const groups: { file: string; documents: Document[]; combine: boolean }[] = [];
  const files = [
    ...collectExamples(library.catalog, process.cwd()).filter((ex) => ex.rule.family !== "detection").map((ex) => ex.file),
    // examples/ as a scan sees it: .kubewardignore leaves out Helm templates, kustomize inputs and
    // the scenario folders (each its own cluster).
    ...(await discoverSources(["examples"], { cwd: process.cwd() })).files.map((f) => f.path).filter((f) => /\.ya?ml$/.test(f)),
  ].sort();
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    const documents = parseDocuments({ path: file, text }).documents;
    groups.push({ file: path.resolve(file), documents, combine: documents.length > 1 || /^---/m.test(text.replace(/^---\s*\n/, "")) });
  }

  const expected = new Map<string, string[]>();
  let findings = 0;
  for (const g of groups) {
    engine.setData(buildPolicyData(bundle, library.catalog, g.documents, undefined, { precompute: false }));
    const list: string[] = [];
    for (const doc of g.documents) {
      for (const v of (engine.evaluate(buildReviewInput(doc)) as RawViolation[] | undefined) ?? []) {
        const verdict = SEVERITIES.indexOf(severity.get(v.rule)!) <= SEVERITIES.indexOf(FAIL_ON) ? "deny" : "warn";
        list.push(key(verdict, v.rule, v.msg, String(v.details?.path ?? ""), doc.object.kind, effectiveNamespace(doc.object) ?? null, doc.object.metadata?.name ?? ""));
        findings += 1;
      }
    }
    expected.set(g.file, list);
  }

  const policy = ["--policy", target.dir, "--data", target.dataFile];
  const single = groups.filter((g) => !g.combine).map((g) => g.file);
  const got = fromConftest(await runConftest([...policy, ...single]));
  const combined = groups.filter((g) => g.combine);
  for (let i = 0; i < combined.length; i += 4) {
    const batch = await Promise.all(combined.slice(i, i + 4).map((g) => runConftest([...policy, "--combine", g.file])));
    for (const [j, results] of batch.entries()) {
      // With --combine conftest reports under the name "Combined"; it is this one file.
      const list = [...fromConftest(results).values()].flat();
      got.set(combined[i + j]!.file, list);
    }
  }

  const mismatches: string[] = [];
  for (const g of groups) {
    const want = [...new Set(expected.get(g.file))].sort();
    const have = [...new Set(got.get(g.file) ?? [])].sort();
    if (JSON.stringify(want) !== JSON.stringify(have)) {
      mismatches.push(`${path.relative(process.cwd(), g.file)}\n  only kubeward: ${want.filter((x) => !have.includes(x)).join("\n                 ")}\n  only conftest: ${have.filter((x) => !want.includes(x)).join("\n                 ")}`);
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  assert.ok(mismatches.length === 0, `${mismatches.length} of ${groups.length} files differ:\n${mismatches.slice(0, 8).join("\n")}`);
  assert.ok(findings > 500, `the comparison must compare findings (got ${findings})`);
  console.log(`  conftest: ${groups.length} files (${combined.length} with --combine), ${findings} findings — identical to kubeward`);
});

test("the generated package main passes opa check --strict", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-conftest-check-"));
  try {
    const r0 = spawnSync(process.execPath, [path.resolve("bin", "kubeward.js"), "build", "--target", "conftest", "--bundle", "recommended", "--out", tmp], { encoding: "utf8" });
    assert.is(r0.status, 0, r0.stderr);
    const dir = path.join(tmp, "conftest", "recommended");
    assert.ok(fs.existsSync(path.join(dir, "conftest", "main.rego")) && fs.existsSync(path.join(dir, "data.json")));
    assert.not.ok(fs.existsSync(path.join(dir, "system")), "the admission package is OPA's, not conftest's");
    const r = spawnSync(resolveTool("opa"), ["check", "--strict", dir], { encoding: "utf8" });
    assert.is(r.status, 0, r.stderr);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test.run();
