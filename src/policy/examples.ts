// Every rule ships real objects in examples/allowed and examples/denied. They run through the
// compiled wasm — what ships — as acceptance tests: a denied example must produce a finding of its
// rule, an allowed one must not. Each example file is its own little cluster (data.inventory).
import fs from "node:fs";
import path from "node:path";
import type { ResolvedBundle } from "../config/bundle.ts";
import { evaluateDocuments } from "../engine/evaluate-documents.ts";
import type { Engine } from "../engine/wasm-engine.ts";
import { parseDocuments } from "../parse/index.ts";
import { AuditEvaluator } from "../engine/evaluate-events.ts";
import { parseAuditEvents, type AuditEvent } from "../sources/audit-log.ts";
import type { Document, ExternalData, RawViolation, ReportError, RuleMeta } from "../types.ts";

export type Expectation = "allowed" | "denied";

export interface Example {
  rule: RuleMeta;
  expect: Expectation;
  file: string;
  documents: Document[];
  /** Audit Events of a detection's example (JSON lines or an EventList); absent for rules. */
  events?: { event: AuditEvent; line: number }[];
  errors: ReportError[];
  /**
   * `data.kubeward.external` for this example, from a sibling `<name>.external.json` — how an
   * example shows a rule that needs facts outside the manifest (signatures, vulnerability reports).
   */
  external?: ExternalData;
}

const EXTERNAL_SUFFIX = ".external.json";

export interface ExampleResult {
  rule: string;
  expect: Expectation;
  file: string;
  ok: boolean;
  /** The findings of this example's rule (other rules are not enabled for it). */
  violations: RawViolation[];
  problem?: string;
}

// Parsed examples by file, while their text is unchanged: watch mode re-runs the same examples
// after every edit, and parsing (YAML with line positions) was most of the wait before the first
// result. Results are only read, never changed, so sharing them between runs is safe.
const parsedExamples = new Map<string, { text: string; parsed: ReturnType<typeof parseDocuments> }>();

function parseExample(file: string, text: string): ReturnType<typeof parseDocuments> {
  const hit = parsedExamples.get(file);
  if (hit && hit.text === text) return hit.parsed;
  const parsed = parseDocuments({ path: file, text });
  parsedExamples.set(file, { text, parsed });
  return parsed;
}

export function collectExamples(catalog: RuleMeta[], repoRoot: string): Example[] {
  const out: Example[] = [];
  for (const rule of catalog) {
    const ruleDir = path.join(repoRoot, path.dirname(rule.file));
    for (const expect of ["allowed", "denied"] as const) {
      const dir = path.join(ruleDir, "examples", expect);
      if (!fs.existsSync(dir)) continue;
      for (const name of fs.readdirSync(dir).filter((f) => /\.(ya?ml|json|jsonl)$/.test(f) && !f.endsWith(EXTERNAL_SUFFIX)).sort()) {
        const file = path.relative(repoRoot, path.join(dir, name));
        if (rule.family === "detection") {
          const items = parseAuditEvents(fs.readFileSync(path.join(dir, name), "utf8"), file);
          const events = items.flatMap((i) => ("event" in i ? [i] : []));
          out.push({ rule, expect, file, documents: [], events, errors: items.flatMap((i) => ("error" in i ? [i.error] : [])) });
          continue;
        }
        const parsed = parseExample(file, fs.readFileSync(path.join(dir, name), "utf8"));
        const externalFile = path.join(dir, name.replace(/\.(ya?ml|json)$/, EXTERNAL_SUFFIX));
        const external = fs.existsSync(externalFile) ? (JSON.parse(fs.readFileSync(externalFile, "utf8")) as ExternalData) : undefined;
        out.push({ rule, expect, file, documents: parsed.documents, errors: parsed.errors, ...(external ? { external } : {}) });
      }
    }
  }
  return out;
}

/** The bundle that enables exactly one rule, with the parameters a reference bundle gives it. */
export function singleRuleBundle(rule: RuleMeta, reference?: ResolvedBundle): ResolvedBundle {
  const parameters = reference?.rules.find((r) => r.id === rule.id)?.parameters ?? {};
  return { name: `rule:${rule.id}`, description: "", rules: [{ id: rule.id, parameters }] };
}

export function runExample(engine: Engine, example: Example, reference?: ResolvedBundle): ExampleResult {
  const base = { rule: example.rule.id, expect: example.expect, file: example.file };
  if (example.errors.length > 0) {
    return { ...base, ok: false, violations: [], problem: example.errors.map((e) => `${e.file}:${e.line ?? "?"}: ${e.message}`).join("; ") };
  }
  const bundle = singleRuleBundle(example.rule, reference);
  if (example.rule.family === "detection") return runDetectionExample(engine, example, bundle);
  if (example.documents.length === 0) return { ...base, ok: false, violations: [], problem: "no Kubernetes object in the example" };
  const evaluated = evaluateDocuments(engine, example.documents, { bundle, catalog: [example.rule], external: example.external });
  const violations = evaluated.violations.flatMap((v) => v.violations).filter((v) => v.rule === example.rule.id);
  if (evaluated.errors.length > 0) {
    return { ...base, ok: false, violations, problem: evaluated.errors.map((e) => e.message).join("; ") };
  }
  const ok = example.expect === "denied" ? violations.length > 0 : violations.length === 0;
  const problem = ok
    ? undefined
    : example.expect === "denied"
      ? `expected a finding of ${example.rule.id}, got none`
      : `expected no finding of ${example.rule.id}, got: ${violations.map((v) => v.msg).join("; ")}`;
  return { ...base, ok, violations, problem };
}

/** A detection's example runs as `kubeward audit-log` would run it: every event in order, bursts counted. */
function runDetectionExample(engine: Engine, example: Example, bundle: ResolvedBundle): ExampleResult {
  const base = { rule: example.rule.id, expect: example.expect, file: example.file };
  const events = example.events ?? [];
  if (events.length === 0) return { ...base, ok: false, violations: [], problem: "no audit Event in the example" };
  const evaluator = new AuditEvaluator(engine, bundle, [example.rule]);
  const violations: RawViolation[] = [];
  const problems: string[] = [];
  for (const { event, line } of events) {
    const r = evaluator.evaluate(event, line, example.file);
    violations.push(...r.alerts.map((a) => a.alert).filter((a) => a.rule === example.rule.id));
    problems.push(...r.errors.map((e) => e.message));
  }
  if (problems.length > 0) return { ...base, ok: false, violations, problem: problems.join("; ") };
  const ok = example.expect === "denied" ? violations.length > 0 : violations.length === 0;
  const problem = ok
    ? undefined
    : example.expect === "denied"
      ? `expected an alert of ${example.rule.id}, got none`
      : `expected no alert of ${example.rule.id}, got: ${violations.map((v) => v.msg).join("; ")}`;
  return { ...base, ok, violations, problem };
}
