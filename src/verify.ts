// `kubeward verify`: runs gator Suites (test.gatekeeper.sh/v1alpha1) in-process. For each test the
// template is compiled once (cached by content) and the constraint read; each case's object is
// reviewed as gator reviews it, with the case's inventory as data.inventory, and its assertions are
// checked with gator's semantics. One broken suite, template or case is an error of its own: the
// others still run. Returns data; never prints.
import fs from "node:fs";
import path from "node:path";
import { KubewardError, toKubewardError } from "./errors.ts";
import { looksLikeSuite, parseSuite, type Suite, type SuiteCase, type SuiteTest } from "./parse/gator-suite.ts";
import { isAdmissionReview } from "./parse/admission-review.ts";
import { isConstraintTemplate } from "./parse/gatekeeper-objects.ts";
import { admissionRequestReview, gatekeeperInventory, inventoryNamespace, objectReview } from "./engine/gatekeeper-input.ts";
import { evaluateConstraint } from "./engine/gatekeeper-evaluate.ts";
import { checkAssertion } from "./report/suite-assertions.ts";
import { constraintFrom, invalidParametersMessage, readObjectsFile, templateFrom, TemplateEngines, type GatekeeperContext } from "./gatekeeper-policies.ts";
import { parameterProblems } from "./gatekeeper-parameters.ts";
import { displayPath } from "./sources/index.ts";
import type { Constraint, ConstraintTemplate } from "./parse/gatekeeper-objects.ts";
import type { TemplateEngine } from "./engine/gatekeeper-evaluate.ts";
import type { ReportError } from "./types.ts";

export type CaseStatus = "pass" | "fail" | "error" | "skip";

export interface CaseResult {
  name: string;
  status: CaseStatus;
  /** Why it failed (gator's wording: "got 0 violations but want at least 1") or erred. */
  problem?: string;
  /** The messages of the violations the object produced (empty when it was not evaluated). */
  messages: string[];
  /** The suite file and the line of the case in it. */
  file: string;
  line: number;
}

export interface TestResult {
  name: string;
  line: number;
  /** A test-level error (template or constraint broken): its cases all count as errors. */
  error?: string;
  skipped: boolean;
  cases: CaseResult[];
}

export interface SuiteResult {
  file: string;
  skipped: boolean;
  tests: TestResult[];
}

export interface VerifyRun {
  suites: SuiteResult[];
  passed: number;
  failed: number;
  /** Cases that could not be evaluated (bad input) — they make the exit code 2. */
  errored: number;
  skipped: number;
  /** Every bad input, with file and line (suites that do not parse, templates that do not compile, ...). */
  errors: ReportError[];
}

export interface VerifyOptions extends GatekeeperContext {
  paths: string[];
  /**
   * Told before each suite test runs (`done` of `total` tests, `label` the test and its suite file) and
   * once at the end: a test's first run compiles its template with opa, seconds each.
   */
  onProgress?: (done: number, total: number, label: string) => void;
}

export async function verify(opts: VerifyOptions): Promise<VerifyRun> {
  const run: VerifyRun = { suites: [], passed: 0, failed: 0, errored: 0, skipped: 0, errors: [] };
  const suites: Suite[] = [];
  for (const file of findSuiteFiles(opts.paths, opts.cwd, run.errors)) {
    const shown = displayPath(opts.cwd, file);
    const parsed = parseSuite(shown, fs.readFileSync(file, "utf8"));
    run.errors.push(...parsed.errors);
    if (parsed.suite) suites.push({ ...parsed.suite, file });
  }
  const engines = new TemplateEngines(opts);
  const total = suites.reduce((n, s) => n + s.tests.length, 0);
  let done = 0;
  for (const suite of suites) {
    const result: SuiteResult = { file: displayPath(opts.cwd, suite.file), skipped: suite.skip, tests: [] };
    for (const test of suite.tests) {
      opts.onProgress?.(done++, total, `${test.name} · ${result.file}`);
      result.tests.push(await runTest(suite, test, engines, opts, run));
    }
    run.suites.push(result);
  }
  opts.onProgress?.(done, total, "");
  for (const s of run.suites) {
    for (const t of s.tests) {
      for (const c of t.cases) {
        if (c.status === "pass") run.passed++;
        else if (c.status === "fail") run.failed++;
        else if (c.status === "error") run.errored++;
        else run.skipped++;
      }
    }
  }
  return run;
}

async function runTest(suite: Suite, test: SuiteTest, engines: TemplateEngines, opts: VerifyOptions, run: VerifyRun): Promise<TestResult> {
  const shown = displayPath(opts.cwd, suite.file);
  const dir = path.dirname(suite.file);
  const skipAll = suite.skip || test.skip;
  const result: TestResult = { name: test.name, get line() { return test.line; }, skipped: skipAll, cases: [] };
  const caseResult = (c: SuiteCase, status: CaseStatus, problem?: string, messages: string[] = []): CaseResult => ({ name: c.name, status, ...(problem !== undefined ? { problem } : {}), messages, file: shown, get line() { return c.line; } });
  if (skipAll) {
    result.cases = test.cases.map((c) => caseResult(c, "skip"));
    return result;
  }
  let loaded: { engine: TemplateEngine; constraint: Constraint };
  try {
    const objects = loadTestObjects(test, dir, opts.cwd);
    const problems = parameterProblems(objects.template, objects.constraint);
    if (test.invalid) {
      // gator: the Constraint must be refused; the cases are not run. One result stands for the test.
      const refused = problems.length > 0;
      const verdict: CaseResult = {
        name: "constraint is invalid", status: refused ? "pass" : "fail",
        ...(refused ? {} : { problem: `the test expects ${objects.constraint.kind} ${objects.constraint.name} to be invalid, but its parameters match the ConstraintTemplate ${objects.template.name}'s schema` }),
        messages: refused ? problems : [], file: shown, get line() { return test.line; },
      };
      result.cases = [verdict, ...test.cases.map((c) => caseResult(c, "skip"))];
      return result;
    }
    if (problems.length > 0) throw new KubewardError("parse", invalidParametersMessage(objects.template, objects.constraint, problems), { file: objects.constraint.file, line: objects.constraint.parametersLine ?? objects.constraint.line });
    loaded = { engine: await engines.engineFor(objects.template), constraint: objects.constraint };
  } catch (e) {
    const err = toKubewardError(e, "parse", `${shown}: test "${test.name}"`);
    const where = err.file ?? shown;
    run.errors.push({ file: where, line: err.line ?? test.line, code: err.code, message: err.message });
    result.error = `${where}${err.line !== undefined ? `:${err.line}` : ""}: ${err.message}`;
    result.cases = test.cases.map((c) => caseResult(c, c.skip ? "skip" : "error", c.skip ? undefined : result.error));
    return result;
  }
  for (const c of test.cases) {
    if (c.skip) {
      result.cases.push(caseResult(c, "skip"));
      continue;
    }
    try {
      const messages = reviewCase(c, dir, loaded.engine, loaded.constraint, opts.cwd, `${shown} case "${c.name}"`);
      const problems: string[] = [];
      for (const a of c.assertions) {
        const outcome = checkAssertion(a, messages);
        if (!outcome.ok) {
          if (outcome.invalid) throw new KubewardError("parse", outcome.problem, { file: shown, line: a.line });
          problems.push(outcome.problem);
          break; // gator stops at the first failed assertion
        }
      }
      result.cases.push(problems.length === 0 ? caseResult(c, "pass", undefined, messages) : caseResult(c, "fail", problems[0], messages));
    } catch (e) {
      const err = toKubewardError(e, "engine", `${shown} case "${c.name}"`);
      run.errors.push({ file: err.file ?? shown, line: err.line ?? c.line, code: err.code, message: err.message });
      result.cases.push(caseResult(c, "error", err.message));
    }
  }
  return result;
}

function loadTestObjects(test: SuiteTest, dir: string, cwd: string): { template: ConstraintTemplate; constraint: Constraint } {
  const templateDocs = readObjectsFile(path.resolve(dir, test.template), cwd);
  if (templateDocs.length !== 1 || !isConstraintTemplate(templateDocs[0]!.object)) {
    throw new KubewardError("parse", `${test.template} must hold exactly one ConstraintTemplate (found ${templateDocs.map((d) => d.object.kind).join(", ") || "nothing"})`, { file: templateDocs[0]?.file ?? test.template });
  }
  const template = templateFrom(templateDocs[0]!);
  const constraintDocs = readObjectsFile(path.resolve(dir, test.constraint), cwd);
  if (constraintDocs.length !== 1) throw new KubewardError("parse", `${test.constraint} must hold exactly one Constraint (found ${constraintDocs.length} objects)`, { file: constraintDocs[0]?.file ?? test.constraint });
  const constraint = constraintFrom(constraintDocs[0]!);
  if (constraint.kind !== template.kind) throw new KubewardError("parse", `the constraint's kind ${constraint.kind} is not the template's kind ${template.kind}`, { file: constraint.file, line: constraint.line });
  return { template, constraint };
}

/** The messages of the violations of one case's object (gator: exactly one object per case file). */
function reviewCase(c: SuiteCase, dir: string, engine: TemplateEngine, constraint: Constraint, cwd: string, context: string): string[] {
  const objects = readObjectsFile(path.resolve(dir, c.object), cwd);
  if (objects.length !== 1) throw new KubewardError("parse", `${c.object} defines ${objects.length} objects; a case reviews exactly one`, { file: objects[0]?.file ?? c.object });
  const object = objects[0]!.object;
  const inventoryObjects = c.inventory.flatMap((p) => readObjectsFile(path.resolve(dir, p), cwd).map((d) => d.object));
  const inventory = gatekeeperInventory(inventoryObjects);
  let review;
  if (isAdmissionReview(object)) {
    review = admissionRequestReview(object);
    if (typeof review === "string") throw new KubewardError("parse", `${c.object}: ${review}`, { file: objects[0]!.file, line: objects[0]!.line });
  } else review = objectReview(object);
  engine.engine.setData({ inventory });
  return evaluateConstraint(engine, constraint, review, inventoryNamespace(inventory, review.namespace), context).map((v) => v.msg);
}

/** Suite files named or found under directories (recursively; hidden folders and node_modules skipped). */
function findSuiteFiles(paths: string[], cwd: string, errors: ReportError[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      errors.push({ file: p, code: "io", message: `${p}: no such file or directory` });
      continue;
    }
    if (stat.isFile()) {
      out.push(abs);
      continue;
    }
    const found: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const q = path.join(d, e.name);
        if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") walk(q);
        else if (e.isFile() && /\.ya?ml$/.test(e.name) && looksLikeSuite(fs.readFileSync(q, "utf8"))) found.push(q);
      }
    };
    walk(abs);
    if (found.length === 0) errors.push({ file: p, code: "io", message: `${p}: no gator Suite (kind: Suite, test.gatekeeper.sh/v1alpha1) found` });
    out.push(...found);
  }
  return [...new Set(out)];
}
