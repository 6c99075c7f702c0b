// `--format policyreport`: the findings as `wgpolicyk8s.io/v1alpha2` reports, the format Policy
// Reporter and other Kubernetes dashboards read: one PolicyReport per namespace holding results,
// and one ClusterPolicyReport for cluster-scoped resources and for inputs kubeward could not read.
// Output is a YAML multi-document stream (`kubectl apply -f -` takes it as it is); every document
// validates against schemas/policyreport-v1alpha2.schema.json.
//
// Results: `fail` per finding, `skip` per suppressed finding with --show-suppressed, `error` per
// input that could not be read (nothing is silently skipped). kubeward reports violations only, so
// there are no `pass` results. policy and rule are the rule id (Policy Reporter groups by policy);
// the title, file:line, field path, controls and bundle go into properties (strings only, per CRD).
// The same formatter serves `kubeward audit-log`: an alert's timestamp is its event's.
import { stringify } from "yaml";
import type { Finding, Report, ReportError, SuppressedFinding } from "../types.ts";
import { displayPath, type FormatContext } from "./context.ts";

export const POLICY_REPORT_API_VERSION = "wgpolicyk8s.io/v1alpha2";
const SOURCE = "kubeward";

type ResultKind = "pass" | "fail" | "warn" | "error" | "skip";

interface PolicyReportResult {
  source: string;
  policy: string;
  rule: string;
  result: ResultKind;
  severity?: string;
  category?: string;
  message: string;
  scored: boolean;
  timestamp: { seconds: number; nanos: number };
  resources?: { apiVersion: string; kind: string; name: string; namespace?: string }[];
  properties: Record<string, string>;
}

interface PolicyReportDoc {
  apiVersion: string;
  kind: "PolicyReport" | "ClusterPolicyReport";
  metadata: { name: string; namespace?: string; labels: Record<string, string> };
  summary: Record<ResultKind, number>;
  results: PolicyReportResult[];
}

export function formatPolicyReport(report: Report, ctx: FormatContext): string {
  return policyReports(report, ctx)
    // No anchors/aliases for the shared timestamp object: plain documents for every reader.
    .map((d) => stringify(d, { lineWidth: 0, aliasDuplicateObjects: false }))
    .join("---\n");
}

/** The report documents: PolicyReports by namespace (sorted), then the ClusterPolicyReport. */
export function policyReports(report: Report, ctx: FormatContext): PolicyReportDoc[] {
  const now = ctx.now ?? new Date(0);
  const timestamp = { seconds: Math.floor(now.getTime() / 1000), nanos: (now.getTime() % 1000) * 1_000_000 };
  const byNamespace = new Map<string, PolicyReportResult[]>();
  const cluster: PolicyReportResult[] = [];
  const place = (ns: string | undefined, r: PolicyReportResult) => {
    if (ns === undefined) cluster.push(r);
    else byNamespace.set(ns, [...(byNamespace.get(ns) ?? []), r]);
  };
  for (const f of report.findings) place(f.resource.namespace, findingResult(f, "fail", report, ctx, timestamp));
  if (ctx.showSuppressed) for (const f of report.suppressed) place(f.resource.namespace, findingResult(f, "skip", report, ctx, timestamp));
  for (const e of report.errors) cluster.push(errorResult(e, ctx, timestamp));

  const name = `kubeward-${report.bundle}`.toLowerCase().replace(/[^a-z0-9.-]+/g, "-");
  const labels = { "app.kubernetes.io/managed-by": "kubeward", "kubeward.dev/bundle": report.bundle };
  const docs: PolicyReportDoc[] = [...byNamespace.keys()].sort().map((ns) => ({
    apiVersion: POLICY_REPORT_API_VERSION,
    kind: "PolicyReport",
    metadata: { name, namespace: ns, labels },
    summary: summarize(byNamespace.get(ns)!),
    results: byNamespace.get(ns)!,
  }));
  // Always one ClusterPolicyReport, even empty: it says the run happened and found nothing there.
  docs.push({ apiVersion: POLICY_REPORT_API_VERSION, kind: "ClusterPolicyReport", metadata: { name, labels }, summary: summarize(cluster), results: cluster });
  return docs;
}

function findingResult(f: Finding | SuppressedFinding, result: ResultKind, report: Report, ctx: FormatContext, timestamp: PolicyReportResult["timestamp"]): PolicyReportResult {
  const properties: Record<string, string> = {
    title: f.title,
    file: `${displayPath(f.file, ctx.cwd)}:${f.line}`,
    bundle: report.bundle,
  };
  if (f.path) properties.path = f.path;
  if (f.controls.length > 0) properties.controls = f.controls.join(", ");
  if (f.origin) properties.origin = f.origin;
  if ("suppression" in f) {
    properties.suppression = f.suppression.kind;
    properties.suppressedBy = f.suppression.source;
    if (f.suppression.justification) properties.justification = f.suppression.justification;
    if (f.suppression.expires) properties.expires = f.suppression.expires;
  }
  if (f.event) properties.auditID = f.event.auditID;
  const { apiVersion, kind, name, namespace } = f.resource;
  return {
    source: SOURCE,
    policy: f.rule,
    rule: f.rule,
    result,
    severity: f.severity,
    category: f.category,
    message: f.message,
    scored: true,
    // An audit-log alert happened when its event did; a scan finding, when the scan ran.
    timestamp: (f.event && eventTimestamp(f.event.timestamp)) ?? timestamp,
    resources: [{ apiVersion, kind, name, ...(namespace !== undefined ? { namespace } : {}) }],
    properties,
  };
}

function errorResult(e: ReportError, ctx: FormatContext, timestamp: PolicyReportResult["timestamp"]): PolicyReportResult {
  return {
    source: SOURCE,
    policy: "kubeward",
    rule: `input-error:${e.code}`,
    result: "error",
    message: e.message,
    scored: false,
    timestamp,
    properties: { file: e.line !== undefined ? `${displayPath(e.file, ctx.cwd)}:${e.line}` : displayPath(e.file, ctx.cwd) },
  };
}

/** RFC 3339 with up to nanoseconds (audit events carry microseconds) → {seconds, nanos}; undefined if unreadable. */
export function eventTimestamp(rfc3339: string): { seconds: number; nanos: number } | undefined {
  const m = /^(.*?T\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(rfc3339);
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}${m[3]}`);
  if (Number.isNaN(ms)) return undefined;
  return { seconds: Math.floor(ms / 1000), nanos: Number((m[2] ?? "").padEnd(9, "0")) };
}

function summarize(results: readonly PolicyReportResult[]): Record<ResultKind, number> {
  const summary: Record<ResultKind, number> = { pass: 0, fail: 0, warn: 0, error: 0, skip: 0 };
  for (const r of results) summary[r.result]++;
  return summary;
}
