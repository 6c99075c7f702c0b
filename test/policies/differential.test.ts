// The differential check: every example of every rule (and the demo application) is evaluated by
// the compiled wasm in-process AND by the real `opa eval` (OPA's Go evaluator, from the Rego
// sources) with the same input and data. The findings must be identical — this is what proves our
// in-process results are OPA's results. One opa process evaluates every case.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadBundleSpec, resolveBundle } from "../../src/config/bundle.ts";
import { buildPolicyData } from "../../src/engine/evaluate-documents.ts";
import { buildReviewInput } from "../../src/engine/review-input.ts";
import { loadEngine } from "../../src/engine/wasm-engine.ts";
import { buildLibrary } from "../../src/policy/build-library.ts";
import { collectExamples } from "../../src/policy/examples.ts";
import { LIBRARY_IGNORES, runOpa } from "../../src/policy/opa.ts";
import { parseDocuments } from "../../src/parse/index.ts";
import type { Document, ExternalData } from "../../src/types.ts";

interface Case { name: string; input: unknown; inventory: unknown; external: unknown; selectors: unknown }

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** A set of findings, order-free: wasm returns sets as arrays in its own order. */
function normalise(findings: unknown): string[] {
  return ((findings as unknown[] | undefined) ?? []).map(canonical).sort();
}

function yamlFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f)).sort();
}

test("wasm in-process and opa eval agree on every example of every rule and on examples/", async () => {
  const library = await buildLibrary(path.resolve("policies"), path.resolve("dist", "library"));
  const bundle = resolveBundle(loadBundleSpec("all"), library.catalog);
  const engine = await loadEngine(fs.readFileSync(library.wasmFile));

  // Examples without external data get an empty object on both sides, so both see the same data.
  const groups: { name: string; documents: Document[]; external: ExternalData }[] = collectExamples(library.catalog, process.cwd()).map((ex) => ({ name: ex.file, documents: ex.documents, external: ex.external ?? {} }));
  for (const file of yamlFilesUnder("examples")) {
    groups.push({ name: file, documents: parseDocuments({ path: file, text: fs.readFileSync(file, "utf8") }).documents, external: {} });
  }
  assert.ok(groups.length >= 30, `expected every example, got ${groups.length}`);

  const cases: Case[] = [];
  const wasmResults: string[][] = [];
  let data: ReturnType<typeof buildPolicyData> | undefined;
  for (const group of groups) {
    data = buildPolicyData(bundle, library.catalog, group.documents, group.external);
    engine.setData(data);
    for (const doc of group.documents) {
      const input = buildReviewInput(doc);
      cases.push({ name: `${group.name}#${doc.index}`, input, inventory: data.inventory, external: group.external, selectors: data.kubeward.selectors });
      wasmResults.push(normalise(engine.evaluate(input)));
    }
  }
  assert.ok(data);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-diff-"));
  try {
    const dataFile = path.join(tmp, "data.json");
    fs.writeFileSync(dataFile, JSON.stringify({ kubeward: { config: data.kubeward.config }, differential: { cases } }));
    // One solution per case. (Written as a comprehension over `some c in cases` with
    // `with input as c.input`, opa 1.22.4 returns empty sets for every case; indexing works.)
    const query = "some i; r := data.kubeward.main.findings with input as data.differential.cases[i].input with data.inventory as data.differential.cases[i].inventory with data.kubeward.external as data.differential.cases[i].external with data.kubeward.selectors as data.differential.cases[i].selectors";
    const { stdout } = await runOpa(["eval", "--format", "json", ...LIBRARY_IGNORES, "--ignore", "*_test.rego", "-d", "policies", "-d", dataFile, query], { code: "policy-test" });
    const goResults: string[][] = [];
    for (const solution of (JSON.parse(stdout) as { result: { bindings: { i: number; r: unknown[] } }[] }).result) {
      goResults[solution.bindings.i] = normalise(solution.bindings.r);
    }
    assert.is(goResults.length, cases.length);
    const mismatches = cases.flatMap((c, i) => (canonical(goResults[i]) === canonical(wasmResults[i]) ? [] : [`${c.name}\n  opa:  ${goResults[i]!.join("\n        ")}\n  wasm: ${wasmResults[i]!.join("\n        ")}`]));
    assert.ok(mismatches.length === 0, `${mismatches.length} of ${cases.length} documents differ:\n${mismatches.slice(0, 10).join("\n")}`);
    // The check must compare something: denied examples do produce findings on both sides.
    assert.ok(goResults.filter((r) => r.length > 0).length >= 12, "findings on at least one case per rule");
    console.log(`  differential: ${cases.length} documents from ${groups.length} files, ${goResults.flat().length} findings, identical`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test.run();
