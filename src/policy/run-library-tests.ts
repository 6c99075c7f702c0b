// `kubeward test`: the opa unit tests of the library, plus every rule's examples through the
// compiled wasm. Returns a TestRun; formatting lives in formatters/test-run.ts.
import path from "node:path";
import { loadBundleSpec, resolveBundle } from "../config/bundle.ts";
import { loadEngine } from "../engine/wasm-engine.ts";
import { buildLibrary } from "./build-library.ts";
import { collectExamples, runExample, type ExampleResult } from "./examples.ts";
import { runOpaCoverage, runOpaTests, type Coverage, type OpaTestCase } from "./opa-test.ts";
import fs from "node:fs";

export interface TestRun {
  opa: OpaTestCase[];
  examples: ExampleResult[];
  coverage?: Coverage;
  threshold?: number;
  passed: number;
  failed: number;
  skipped: number;
}

export async function runLibraryTests(opts: { policiesDir: string; libraryDir: string; repoRoot: string; coverage?: boolean; threshold?: number; rules?: string[] }): Promise<TestRun> {
  const only = opts.rules && opts.rules.length > 0 ? new Set(opts.rules) : undefined;
  const library = await buildLibrary(opts.policiesDir, opts.libraryDir);
  const catalog = only ? library.catalog.filter((r) => only.has(r.id)) : library.catalog;
  const packages = catalog.map((r) => `${r.package}_test`);
  const opa = (await runOpaTests(opts.policiesDir)).filter((t) => !only || packages.includes(t.package));
  const coverage = opts.coverage || opts.threshold !== undefined ? await runOpaCoverage(opts.policiesDir) : undefined;

  const engine = await loadEngine(fs.readFileSync(library.wasmFile));
  // Examples run with the parameters the `all` bundle gives each rule (its defaults otherwise).
  const reference = resolveBundle(loadBundleSpec("all"), library.catalog);
  const examples = collectExamples(catalog, opts.repoRoot).map((ex) => runExample(engine, ex, reference));

  const failedOpa = opa.filter((t) => t.outcome === "fail" || t.outcome === "error").length;
  const skipped = opa.filter((t) => t.outcome === "skip").length;
  const failedExamples = examples.filter((e) => !e.ok).length;
  const belowThreshold = coverage && opts.threshold !== undefined && coverage.total < opts.threshold ? 1 : 0;
  return {
    opa,
    examples,
    coverage,
    threshold: opts.threshold,
    passed: opa.length - failedOpa - skipped + examples.length - failedExamples,
    failed: failedOpa + failedExamples + belowThreshold,
    skipped,
  };
}

export function defaultPoliciesDir(repoRoot: string, arg?: string): string {
  return path.resolve(arg ?? path.join(repoRoot, "policies"));
}
