// Turns the engine's raw violations into the Report: dressed with catalogue metadata, located,
// de-duplicated, sorted and counted. Pure data in, data out.
import type { Document, Finding, RawViolation, Report, ReportError, RuleMeta, Severity, SuppressedFinding, Summary } from "../types.ts";
import { SEVERITIES } from "../types.ts";
import { compareErrors, compareFindings } from "./order.ts";
import { exceptionsWithoutReason, suppressDocumentFindings, type SuppressOptions } from "./suppress.ts";

export interface BuildReportInput {
  bundle: string;
  /** kubeward's version, for the report's tool block. */
  version: string;
  /** Number of input files read (parsed or not). */
  files: number;
  /** Every Kubernetes object evaluated. */
  documents: readonly Document[];
  /** Documents that were YAML but not Kubernetes objects. */
  skipped: number;
  violations: readonly { doc: Document; violations: readonly RawViolation[] }[];
  /** Errors from every stage (sources, parse, engine). */
  errors: readonly ReportError[];
  /** The rules that were evaluated (the bundle's selection); they dress findings and fill Report.rules. */
  catalog: readonly RuleMeta[];
  /** Annotations always apply; config exceptions and today's date (for expiry) come from here. */
  suppress?: SuppressOptions;
  /** Limits of the scan that are not errors (Report.warnings). */
  warnings?: readonly string[];
}

export function buildReport(input: BuildReportInput): Report {
  const byId = new Map(input.catalog.map((r) => [r.id, r]));
  const errors: ReportError[] = [...input.errors];
  const findings = new Map<string, Finding>();
  const suppressed = new Map<string, SuppressedFinding>();
  const suppress: SuppressOptions = input.suppress ?? { today: "" };
  const byDoc = new Map<Document, Finding[]>(input.documents.map((d) => [d, []]));
  for (const { doc, violations } of input.violations) {
    const list = byDoc.get(doc) ?? [];
    byDoc.set(doc, list);
    for (const v of violations) {
      const meta = byId.get(v.rule);
      if (!meta) {
        errors.push({ file: doc.file, line: doc.line, code: "engine", message: `the policy returned a finding for rule ${v.rule}, which is not in the evaluated rules` });
        continue;
      }
      list.push(dress(doc, v, meta));
    }
  }
  for (const [doc, list] of byDoc) {
    const r = suppressDocumentFindings(doc, list, suppress);
    // identical findings (e.g. a rule matching twice) collapse
    for (const f of [...r.kept, ...r.added]) findings.set(findingKey(f), f);
    for (const f of r.suppressed) suppressed.set(findingKey(f), f);
    errors.push(...r.errors);
  }
  for (const f of exceptionsWithoutReason(suppress)) findings.set(findingKey(f), f);
  const sortedFindings = [...findings.values()].sort(compareFindings);
  const sortedErrors = dedupeErrors(errors).sort(compareErrors);
  const sortedSuppressed = [...suppressed.values()].sort(compareFindings);
  const report: Report = {
    tool: { name: "kubeward", version: input.version },
    bundle: input.bundle,
    summary: summarize(input, sortedFindings, sortedErrors, sortedSuppressed.length),
    findings: sortedFindings,
    errors: sortedErrors,
    suppressed: sortedSuppressed,
    rules: [...input.catalog].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    scannedKinds: countKinds(input.documents),
  };
  if (input.warnings && input.warnings.length > 0) report.warnings = [...input.warnings];
  return report;
}

function countKinds(documents: readonly Document[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of documents) out[d.ref.kind] = (out[d.ref.kind] ?? 0) + 1;
  return out;
}

/** What a finding repeats of its rule's catalogue entry (scan findings and audit-log alerts alike). */
export function ruleFields(meta: RuleMeta): Pick<Finding, "rule" | "title" | "severity" | "category" | "controls"> {
  return { rule: meta.id, title: meta.title, severity: meta.severity, category: meta.category, controls: [...meta.controls] };
}

function dress(doc: Document, v: RawViolation, meta: RuleMeta): Finding {
  const path = typeof v.details?.path === "string" && v.details.path !== "" ? v.details.path : undefined;
  const finding: Finding = {
    ...ruleFields(meta),
    message: v.msg,
    file: doc.file,
    // The offending field's line where the path resolves (as far as it exists), else the resource's.
    line: (path !== undefined ? doc.locate(path) : undefined) ?? doc.line,
    resource: { ...doc.ref },
  };
  if (path !== undefined) finding.path = path;
  if (doc.origin !== undefined) finding.origin = doc.origin;
  return finding;
}

function findingKey(f: Finding): string {
  const r = f.resource;
  return JSON.stringify([f.rule, f.file, f.line, f.message, f.path ?? null, r.apiVersion, r.kind, r.namespace ?? null, r.name]);
}

function dedupeErrors(errors: ReportError[]): ReportError[] {
  const seen = new Map<string, ReportError>();
  for (const e of errors) seen.set(JSON.stringify([e.file, e.line ?? null, e.code, e.message]), e);
  return [...seen.values()];
}

function summarize(input: BuildReportInput, findings: Finding[], errors: ReportError[], suppressed: number): Summary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) bySeverity[f.severity]++;
  return {
    files: input.files,
    resources: input.documents.length,
    findings: findings.length,
    errors: errors.length,
    bySeverity,
    skipped: input.skipped,
    suppressed,
  };
}
