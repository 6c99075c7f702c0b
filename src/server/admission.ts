// One AdmissionReview in, one AdmissionReview out (DESIGN.md §6). Pure apart from the engine call:
// no I/O, no clock, so every decision is unit-testable.
import { readReviewRequest } from "../parse/admission-review.ts";
import { toRef } from "../parse/kube-object.ts";
import { buildReviewInput } from "../engine/review-input.ts";
import { SEVERITIES, type Document, type KubeObject, type Severity } from "../types.ts";
import type { PolicyState } from "./policy-state.ts";
import type { RequestResult } from "./metrics.ts";

export interface AdmissionOptions {
  /** Findings at or above this severity deny; those below come back as warnings. */
  failOn: Severity | "none";
  failurePolicy: "fail" | "ignore";
  exemptNamespaces: ReadonlySet<string>;
  exemptUsers: ReadonlySet<string>;
}

export interface WebhookFinding {
  rule: string;
  severity: Severity;
  message: string;
  path?: string;
}

export interface AdmissionResponse {
  apiVersion: string;
  kind: "AdmissionReview";
  response: { uid: string; allowed: boolean; status?: { code: number; reason?: string; message: string }; warnings?: string[] };
}

export type AdmissionOutcome =
  | { kind: "answer"; body: AdmissionResponse; result: RequestResult; findings: WebhookFinding[]; log: Record<string, unknown> }
  | { kind: "malformed"; message: string };

/** The API server shows warnings as they are; very long ones are truncated by it, so keep them short. */
const MAX_WARNING = 240;

export function reviewAdmission(body: unknown, policy: PolicyState, opts: AdmissionOptions): AdmissionOutcome {
  const check = readReviewRequest(body);
  if (!check.ok) return { kind: "malformed", message: `invalid AdmissionReview: ${check.message}` };
  const { review } = check;
  const uid = review.uid as string;
  const apiVersion = (body as { apiVersion: string }).apiVersion;
  const answer = (allowed: boolean, extra: Partial<AdmissionResponse["response"]> = {}): AdmissionResponse => ({ apiVersion, kind: "AdmissionReview", response: { uid, allowed, ...extra } });
  const log = { uid, operation: review.operation, namespace: review.namespace, user: review.userInfo.username, dryRun: review.dryRun, kind: review.kind?.kind };

  if (review.namespace !== undefined && opts.exemptNamespaces.has(review.namespace)) return { kind: "answer", body: answer(true), result: "exempt", findings: [], log: { ...log, exempt: "namespace" } };
  if (opts.exemptUsers.has(review.userInfo.username)) return { kind: "answer", body: answer(true), result: "exempt", findings: [], log: { ...log, exempt: "user" } };
  // DELETE: removing an object never makes the cluster less safe, and a rule about an object's
  // content must not block cleaning it up. Allowed without evaluation (docs/admission.md).
  if (check.object === undefined) return { kind: "answer", body: answer(true), result: "allowed", findings: [], log };

  let findings: WebhookFinding[];
  try {
    findings = evaluate(check.object, review, policy);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const message = `kubeward could not evaluate this request: ${reason}`;
    const body = opts.failurePolicy === "fail" ? answer(false, { status: { code: 500, reason: "InternalError", message } }) : answer(true, { warnings: [truncate(`${message} (allowed: --failure-policy ignore)`)] });
    return { kind: "answer", body, result: "error", findings: [], log: { ...log, error: reason } };
  }

  const rank = (s: Severity | "none") => (s === "none" ? -1 : SEVERITIES.indexOf(s));
  const blocking = findings.filter((f) => opts.failOn !== "none" && rank(f.severity) <= rank(opts.failOn));
  const warnings = findings.filter((f) => !blocking.includes(f)).map((f) => truncate(`[${f.rule}] ${f.message}`));
  const extra: Partial<AdmissionResponse["response"]> = {};
  if (warnings.length > 0) extra.warnings = warnings;
  if (blocking.length > 0) {
    const ref = toRef(check.object);
    const what = `${ref.kind} ${review.namespace ?? ref.namespace ? `${review.namespace ?? ref.namespace}/` : ""}${ref.name || review.name || "(unnamed)"}`;
    extra.status = { code: 403, reason: "Forbidden", message: `kubeward denied ${what}: ${blocking.map((f) => `[${f.rule}] ${f.message}`).join("; ")}` };
  }
  const result: RequestResult = blocking.length > 0 ? "denied" : warnings.length > 0 ? "warned" : "allowed";
  return { kind: "answer", body: answer(blocking.length === 0, extra), result, findings, log: { ...log, result, findings: findings.map((f) => f.rule) } };
}

function evaluate(object: KubeObject, review: Document["review"], policy: PolicyState): WebhookFinding[] {
  const doc: Document = { file: "<admission>", index: 0, line: 1, object, ref: toRef(object), locate: () => undefined, review };
  const value = policy.engine.evaluate(buildReviewInput(doc), undefined, `evaluating ${doc.ref.kind} ${doc.ref.name}`);
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`the policy returned ${typeof value}, not a set of findings`);
  const out: WebhookFinding[] = [];
  for (const v of value as { rule?: unknown; msg?: unknown; details?: { path?: unknown } }[]) {
    const meta = typeof v.rule === "string" ? policy.rules.get(v.rule) : undefined;
    if (!meta || typeof v.msg !== "string") throw new Error(`the policy returned a malformed finding: ${JSON.stringify(v)}`);
    const f: WebhookFinding = { rule: meta.id, severity: meta.severity, message: v.msg };
    if (typeof v.details?.path === "string" && v.details.path !== "") f.path = v.details.path;
    out.push(f);
  }
  // Most severe first, then by rule: the order people read status.message in.
  return out.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.message < b.message ? -1 : 1));
}

function truncate(s: string): string {
  return s.length <= MAX_WARNING ? s : `${s.slice(0, MAX_WARNING - 1)}…`;
}
