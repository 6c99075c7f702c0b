// `kubeward test`: the opa unit tests of the library, plus every rule's examples through the
// compiled wasm. `streamLibraryTests` yields typed events as results arrive (the UI renders them
// live); `runLibraryTests` drains the same stream into a TestRun (the CLI formats that).
import path from "node:path";
import fs from "node:fs";
import { loadBundleSpec, resolveBundle, type BundleSpec } from "../config/bundle.ts";
import { loadEngine } from "../engine/wasm-engine.ts";
import { KubewardError } from "../errors.ts";
import type { RuleMeta } from "../types.ts";
import { buildLibrary } from "./build-library.ts";
import { buildRuleSubset, subsetFiles } from "./build-rule-subset.ts";
import { closure, libTestsUsing, readLibraryGraph } from "./library-graph.ts";
import { collectExamples, runExample, type ExampleResult } from "./examples.ts";
import { runOpaCoverage, runOpaTests, runPatternFor, type Coverage, type OpaTestCase } from "./opa-test.ts";

export interface TestRun {
  opa: OpaTestCase[];
  examples: ExampleResult[];
  coverage?: Coverage;
  threshold?: number;
  passed: number;
  failed: number;
  skipped: number;
}

export interface LibraryTestOptions {
  policiesDir: string;
  libraryDir: string;
  repoRoot: string;
  coverage?: boolean;
  threshold?: number;
  /** Only these rule ids (and their opa tests); all rules when absent, or empty without `libTests`. */
  rules?: string[];
  /**
   * Watch mode (`fast`): lib test files (relative to policiesDir) to run besides the rules' own
   * tests — the tests of an edited lib. Lib tests that use one of `rules` are added by themselves.
   */
  libTests?: string[];
  /** Also run the library's own (non-rule) opa tests when `rules` narrows the run. Default: not. */
  includeLibTests?: boolean;
  /** Only examples changed (watch mode): the wasm is current, so opa's unit tests are not re-run. */
  examplesOnly?: boolean;
  /**
   * Watch mode: with `rules`, compile only those rules (+ the libs they reach) to a small wasm and
   * let opa load only their files, instead of the whole library (see build-rule-subset.ts).
   */
  fast?: boolean;
  /** Milliseconds clock for example durations; the caller owns the clock. */
  now?: () => number;
}

/** Where a test sits in the category → rule → test tree. `lib` tests belong to no rule. */
export interface TestPlace { category: string; rule: string }

export type TestEvent =
  | { type: "phase"; phase: "compile" | "opa" | "examples" | "coverage"; rules: string[] }
  | { type: "catalog"; rules: RuleMeta[]; cached: boolean }
  | { type: "opa-test"; test: OpaTestCase; place: TestPlace }
  | { type: "example"; result: ExampleResult; place: TestPlace; durationMs: number }
  | { type: "done"; run: TestRun };

export async function* streamLibraryTests(opts: LibraryTestOptions): AsyncGenerator<TestEvent> {
  const narrowed = (opts.rules?.length ?? 0) > 0 || (opts.fast === true && (opts.libTests?.length ?? 0) > 0);
  const only = narrowed ? new Set(opts.rules) : undefined;
  yield { type: "phase", phase: "compile", rules: opts.rules ?? [] };
  if (only && opts.fast) {
    yield* streamSubsetTests(opts, [...only]);
    return;
  }
  // A whole-library run starts opa's tests while the wasm compiles: both take seconds, and they
  // need nothing from each other. A narrowed run needs the catalogue to know its packages first.
  const early = only ? undefined : runOpaTests(opts.policiesDir);
  early?.catch(() => undefined); // awaited below; must not count as unhandled while the compile runs
  const library = await buildLibrary(opts.policiesDir, opts.libraryDir);
  const catalog = only ? library.catalog.filter((r) => only.has(r.id)) : library.catalog;
  yield { type: "catalog", rules: catalog, cached: library.cached };

  const byTestPackage = new Map(library.catalog.map((r) => [`${r.package}_test`, r]));
  // Narrowed runs ask opa for just those packages, so a watch re-run costs one rule, not the library.
  const run = only && !opts.includeLibTests ? runPatternFor(catalog.map((r) => r.package)) : undefined;
  const tested = opts.examplesOnly ? Promise.resolve([]) : (early ?? runOpaTests(opts.policiesDir, run ? { run } : {}));
  tested.catch(() => undefined);
  // Examples first: the wasm is ready now, while opa may still be running its tests.
  const examples = yield* streamExamples(opts, catalog, library.wasmFile);
  if (!opts.examplesOnly) yield { type: "phase", phase: "opa", rules: catalog.map((r) => r.id) };
  const opa = (await tested).filter((t) => !only || opts.includeLibTests || byTestPackage.has(t.package));
  for (const test of opa) yield { type: "opa-test", test, place: placeOf(byTestPackage, test.package) };
  yield* finish(opts, opa, examples);
}

/** A test package's place: its rule's, or for the library's own tests `lib` → the package's name. */
function placeOf(byTestPackage: ReadonlyMap<string, RuleMeta>, pkg: string): TestPlace {
  const rule = byTestPackage.get(pkg);
  return rule ? { category: rule.category, rule: rule.id } : { category: "lib", rule: pkg.replace(/^kubeward\./, "").replace(/_test$/, "") };
}

/**
 * Watch mode's narrowed run: a small wasm of just these rules and a narrowed `opa test` (their
 * tests, lib tests that use them, and `libTests`) side by side; examples stream as soon as the
 * wasm is ready, opa's results when it finishes.
 */
async function* streamSubsetTests(opts: LibraryTestOptions, rules: string[]): AsyncGenerator<TestEvent> {
  const graph = readLibraryGraph(opts.policiesDir);
  const knownFile = path.join(opts.libraryDir, "catalog.json");
  const known = fs.existsSync(knownFile) ? (JSON.parse(fs.readFileSync(knownFile, "utf8")) as RuleMeta[]) : [];
  const libTests = [...new Set([...(opts.libTests ?? []), ...libTestsUsing(graph, rules)])].filter((f) => graph.files.some((g) => g.file === f));
  const testFiles = [...new Set([...subsetFiles(graph, rules).testFiles, ...closure(graph, libTests, { tests: true })])].sort();
  const wantedLibTests = new Set(graph.files.filter((f) => libTests.includes(f.file)).map((f) => f.package));
  const runOpa = !opts.examplesOnly || libTests.length > 0;
  const tested = runOpa && testFiles.length > 0 ? runOpaTests(opts.policiesDir, { paths: testFiles.map((f) => path.join(opts.policiesDir, f)) }) : Promise.resolve([]);
  // Both promises are awaited below; a rejection of the second must not go unhandled meanwhile.
  tested.catch(() => undefined);
  const subset = rules.length > 0 ? await buildRuleSubset(opts.policiesDir, path.join(opts.libraryDir, "subsets"), graph, rules, known) : undefined;
  const catalog = subset?.catalog ?? [];
  yield { type: "catalog", rules: catalog, cached: subset?.cached ?? true };
  const examples = subset ? yield* streamExamples(opts, catalog, subset.wasmFile) : [];
  const packages = new Map(catalog.map((r) => [`${r.package}_test`, r]));
  if (runOpa) yield { type: "phase", phase: "opa", rules };
  const opa = (await tested).filter((t) => packages.has(t.package) || wantedLibTests.has(t.package));
  for (const test of opa) yield { type: "opa-test", test, place: placeOf(packages, test.package) };
  yield* finish(opts, opa, examples);
}

async function* streamExamples(opts: LibraryTestOptions, catalog: RuleMeta[], wasmFile: string): AsyncGenerator<TestEvent, ExampleResult[]> {
  const now = opts.now ?? (() => 0);
  yield { type: "phase", phase: "examples", rules: catalog.map((r) => r.id) };
  const engine = await loadEngine(fs.readFileSync(wasmFile));
  // Examples run with the parameters the `all` bundle gives each rule (its defaults otherwise).
  // Resolved for the tested rules only: validating every rule's parameters costs seconds (one
  // schema compile each), which a one-rule watch re-run must not pay.
  const reference = resolveBundle(narrowSpec(loadBundleSpec("all"), catalog), catalog);
  const examples: ExampleResult[] = [];
  let lastBreath = now();
  for (const ex of collectExamples(catalog, opts.repoRoot)) {
    // Examples evaluate synchronously; give the event loop a turn now and then so a consumer that
    // draws or reads keys (the UI) stays responsive while they run.
    if (now() - lastBreath > 20) {
      await new Promise((resolve) => setImmediate(resolve));
      lastBreath = now();
    }
    const started = now();
    const result = runExample(engine, ex, reference);
    examples.push(result);
    yield { type: "example", result, place: { category: ex.rule.category, rule: ex.rule.id }, durationMs: now() - started };
  }
  return examples;
}

async function* finish(opts: LibraryTestOptions, opa: OpaTestCase[], examples: ExampleResult[]): AsyncGenerator<TestEvent> {
  let coverage: Coverage | undefined;
  if (opts.coverage || opts.threshold !== undefined) {
    yield { type: "phase", phase: "coverage", rules: [] };
    coverage = await runOpaCoverage(opts.policiesDir);
  }
  const failedOpa = opa.filter((t) => t.outcome === "fail" || t.outcome === "error").length;
  const skipped = opa.filter((t) => t.outcome === "skip").length;
  const failedExamples = examples.filter((e) => !e.ok).length;
  const belowThreshold = coverage && opts.threshold !== undefined && coverage.total < opts.threshold ? 1 : 0;
  yield {
    type: "done",
    run: {
      opa,
      examples,
      coverage,
      threshold: opts.threshold,
      passed: opa.length - failedOpa - skipped + examples.length - failedExamples,
      failed: failedOpa + failedExamples + belowThreshold,
      skipped,
    },
  };
}

/** A bundle spec cut down to these rules: what it says about other rules is left out. */
function narrowSpec(spec: BundleSpec, rules: RuleMeta[]): BundleSpec {
  const ids = new Set(rules.map((r) => r.id));
  const keep = (list?: string[]) => list?.filter((id) => ids.has(id));
  return {
    ...spec,
    select: { ...spec.select, ...(spec.select.ids ? { ids: keep(spec.select.ids) } : {}) },
    ...(spec.exclude ? { exclude: { ...spec.exclude, ...(spec.exclude.ids ? { ids: keep(spec.exclude.ids) } : {}) } } : {}),
    ...(spec.parameters ? { parameters: Object.fromEntries(Object.entries(spec.parameters).filter(([id]) => ids.has(id))) } : {}),
  };
}


export async function runLibraryTests(opts: LibraryTestOptions): Promise<TestRun> {
  // The CLI's run keeps its historical scope: every opa test, rule-narrowed by package afterwards.
  for await (const event of streamLibraryTests({ ...opts, includeLibTests: false })) {
    if (event.type === "done") return event.run;
  }
  throw new KubewardError("internal", "the test stream ended without a result");
}

export function defaultPoliciesDir(repoRoot: string, arg?: string): string {
  return path.resolve(arg ?? path.join(repoRoot, "policies"));
}
