// Suppressions: `kubeward.io/ignore` annotations on a resource and kubeward.yaml exceptions.
// Implemented here in the report stage, not as a Rego rule: whether a finding is silenced depends on
// the other rules' findings, on today's date and on kubeward.yaml — none of which a rule sees — and
// a Rego rule cannot silence another rule's result. Auditability is the point, so a suppression
// without a reason is itself a finding (`suppression-without-reason`, low), and an expired one stops
// suppressing and says so in the finding's message.
import type { Document, Finding, ReportError, Suppression } from "../types.ts";

export const ANNOTATION_IGNORE = "kubeward.io/ignore";
export const ANNOTATION_REASON = "kubeward.io/ignore-reason";
export const ANNOTATION_UNTIL = "kubeward.io/ignore-until";
export const NO_REASON_RULE = "suppression-without-reason";

export interface SuppressionException {
  rule: string;
  resource?: { kind?: string; namespace?: string; name?: string };
  reason?: string;
  expires?: string;
  line: number;
}

export interface SuppressOptions {
  /** kubeward.yaml exceptions, and how to name the file they are in. */
  exceptions?: readonly SuppressionException[];
  configFile?: string;
  /** Today (YYYY-MM-DD), from the CLI: a suppression suppresses up to and including its expiry day. */
  today: string;
}

interface AnnotationSuppression {
  rules: "*" | Set<string>;
  reason?: string;
  until?: string;
  line: number;
}

/** A resource's own suppression, with errors for malformed values (an unreadable date never suppresses). */
export function annotationSuppression(doc: Document): { suppression?: AnnotationSuppression; errors: ReportError[] } {
  const annotations = (doc.object.metadata as { annotations?: Record<string, unknown> } | undefined)?.annotations;
  const ignore = annotations?.[ANNOTATION_IGNORE];
  if (annotations === undefined || ignore === undefined || ignore === null) return { errors: [] };
  const line = doc.locate(`metadata.annotations["${ANNOTATION_IGNORE}"]`) ?? doc.line;
  const list = String(ignore).split(",").map((s) => s.trim()).filter(Boolean);
  const rules: "*" | Set<string> = list.includes("*") ? "*" : new Set(list);
  const reasonValue = annotations[ANNOTATION_REASON];
  const reason = typeof reasonValue === "string" && reasonValue.trim() !== "" ? reasonValue.trim() : undefined;
  const untilValue = annotations[ANNOTATION_UNTIL];
  const errors: ReportError[] = [];
  let until: string | undefined;
  if (untilValue !== undefined && untilValue !== null) {
    until = String(untilValue);
    if (!isDate(until)) {
      const at = doc.locate(`metadata.annotations["${ANNOTATION_UNTIL}"]`) ?? line;
      errors.push({ file: doc.file, line: at, code: "suppression", message: `${ANNOTATION_UNTIL}: "${until}" is not a date (YYYY-MM-DD); the suppression does not apply` });
      return { errors };
    }
  }
  return { suppression: { rules, line, ...(reason ? { reason } : {}), ...(until ? { until } : {}) }, errors };
}

export interface SuppressResult {
  kept: Finding[];
  suppressed: (Finding & { suppression: Suppression })[];
  /** suppression-without-reason findings for this document. */
  added: Finding[];
  errors: ReportError[];
}

/** Splits one document's findings into kept and suppressed; expired suppressions say so in the message. */
export function suppressDocumentFindings(doc: Document, findings: readonly Finding[], opts: SuppressOptions): SuppressResult {
  const out: SuppressResult = { kept: [], suppressed: [], added: [], errors: [] };
  const { suppression: own, errors } = annotationSuppression(doc);
  out.errors.push(...errors);
  if (own && !own.reason) {
    out.added.push(noReasonFinding(doc.file, own.line, { ...doc.ref }, `the ${ANNOTATION_IGNORE} annotation has no ${ANNOTATION_REASON}: say why these findings are acceptable`));
  }
  for (const f of findings) {
    const matches: { s: Suppression; expired: boolean }[] = [];
    if (own && (own.rules === "*" || own.rules.has(f.rule))) {
      matches.push({ s: { kind: "inSource", source: `${doc.file}:${own.line}`, ...(own.reason ? { justification: own.reason } : {}), ...(own.until ? { expires: own.until } : {}) }, expired: own.until !== undefined && own.until < opts.today });
    }
    for (const e of opts.exceptions ?? []) {
      if (!exceptionMatches(e, f)) continue;
      matches.push({ s: { kind: "external", source: `${opts.configFile ?? "kubeward.yaml"}:${e.line}`, ...(e.reason ? { justification: e.reason } : {}), ...(e.expires ? { expires: e.expires } : {}) }, expired: e.expires !== undefined && e.expires < opts.today });
    }
    const active = matches.find((m) => !m.expired);
    if (active) out.suppressed.push({ ...f, suppression: active.s });
    else if (matches.length > 0) {
      const m = matches[0]!;
      out.kept.push({ ...f, message: `${f.message} (suppression expired on ${m.s.expires}, ${m.s.source})` });
    } else out.kept.push(f);
  }
  return out;
}

/** Config exceptions without a reason: one finding each, at the exception's line in kubeward.yaml. */
export function exceptionsWithoutReason(opts: SuppressOptions): Finding[] {
  const file = opts.configFile ?? "kubeward.yaml";
  return (opts.exceptions ?? [])
    .filter((e) => !e.reason || e.reason.trim() === "")
    .map((e) => noReasonFinding(file, e.line, { apiVersion: "kubeward.io/v1", kind: "Exception", name: e.rule }, `the exception for rule ${e.rule} has no reason: say why these findings are acceptable`));
}

function noReasonFinding(file: string, line: number, resource: Finding["resource"], message: string): Finding {
  return { rule: NO_REASON_RULE, title: "Suppression without a reason", severity: "low", category: "kubeward", controls: [], message, file, line, resource };
}

function exceptionMatches(e: SuppressionException, f: Finding): boolean {
  if (!glob(e.rule, f.rule)) return false;
  const r = e.resource ?? {};
  if (r.kind !== undefined && !glob(r.kind, f.resource.kind)) return false;
  if (r.namespace !== undefined && !glob(r.namespace, f.resource.namespace ?? "")) return false;
  if (r.name !== undefined && !glob(r.name, f.resource.name)) return false;
  return true;
}

/** `*` any run of characters, `?` one; everything else literal. */
export function glob(pattern: string, value: string): boolean {
  const body = pattern.replace(/[.+^${}()|[\]\\/]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`).test(value);
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
