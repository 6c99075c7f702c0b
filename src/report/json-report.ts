// The JSON report contract (DESIGN.md §5), validated by schemas/report.schema.json.
import type { Finding, Report, ResourceRef, Summary, Suppression } from "../types.ts";

// The summary and finding fields are the pipeline's own types (src/types.ts documents the fields
// additive to §5: summary.skipped/suppressed, origin, event); only the outer shape lives here.
export interface JsonReport {
  tool: { name: "kubeward"; version: string };
  bundle: string;
  summary: Summary;
  findings: JsonFinding[];
  /** `code` is additive to §5: a stable machine-readable kind of error (parse, io, engine, ...). */
  errors: { file: string; line?: number; message: string; code: string }[];
  /** Additive: the silenced findings, each with why (`suppression`). They never affect the exit code. */
  suppressed: (JsonFinding & { suppression: Suppression })[];
  /** Additive: limits of the scan that are not errors (e.g. a kind the cluster user may not list). */
  warnings?: string[];
}

export type JsonFinding = Finding;

/** The report as `--format json` prints it; the rule table (Report.rules) is not part of the contract. */
export function toJsonReport(report: Report): JsonReport {
  const s = report.summary;
  const out: JsonReport = {
    tool: { name: report.tool.name, version: report.tool.version },
    bundle: report.bundle,
    summary: { files: s.files, resources: s.resources, findings: s.findings, errors: s.errors, bySeverity: { ...s.bySeverity }, skipped: s.skipped, suppressed: s.suppressed },
    findings: report.findings.map(jsonFinding),
    errors: report.errors.map((e) => (e.line === undefined ? { file: e.file, message: e.message, code: e.code } : { file: e.file, line: e.line, message: e.message, code: e.code })),
    suppressed: report.suppressed.map((f) => ({ ...jsonFinding(f), suppression: { ...f.suppression } })),
  };
  if (report.warnings && report.warnings.length > 0) out.warnings = [...report.warnings];
  return out;
}

// Fixed key order, so the JSON reads like §5 whatever order the Finding was built in.
function jsonFinding(f: Finding): JsonFinding {
  const { apiVersion, kind, namespace, name } = f.resource;
  const resource: ResourceRef = namespace === undefined ? { apiVersion, kind, name } : { apiVersion, kind, namespace, name };
  const out: JsonFinding = { rule: f.rule, title: f.title, severity: f.severity, category: f.category, controls: [...f.controls], message: f.message, file: f.file, line: f.line, resource };
  if (f.path !== undefined) out.path = f.path;
  if (f.event !== undefined) out.event = { ...f.event };
  if (f.origin !== undefined) out.origin = f.origin;
  return out;
}
