// The admission verdict (DESIGN.md §6): findings at or above the blocking severity deny the request
// and are listed in status.message; the others become warnings. policies/system/main.rego computes
// the same response inside OPA (kubeward build --target opa); a test holds the two to identical output.
import { SEVERITIES, type RawViolation, type Severity } from "../types.ts";
import type { FailOn } from "./exit-code.ts";

export interface AdmissionResponse {
  uid: string;
  allowed: boolean;
  status?: { code: number; reason: string; message: string };
  warnings?: string[];
}

/** One line per finding, as both kubeward and the OPA bundle print it. */
export function admissionLine(severity: Severity, v: RawViolation): string {
  return `[${severity}] ${v.rule}: ${v.msg}`;
}

export function admissionResponse(uid: string, violations: readonly RawViolation[], severityOf: (rule: string) => Severity, failOn: FailOn): AdmissionResponse {
  const threshold = failOn === "none" ? -1 : SEVERITIES.indexOf(failOn);
  const blocking: [number, string][] = [];
  const warnings: [number, string][] = [];
  for (const v of violations) {
    const severity = severityOf(v.rule);
    const rank = SEVERITIES.indexOf(severity);
    (rank <= threshold ? blocking : warnings).push([rank, admissionLine(severity, v)]);
  }
  // Most severe first, then byte order (Rego's string order); duplicates collapse as in a Rego set.
  const sorted = (xs: [number, string][]) =>
    [...new Map(xs.map(([rank, line]) => [line, rank])).entries()]
      .sort(([a, ra], [b, rb]) => ra - rb || Buffer.compare(Buffer.from(a), Buffer.from(b)))
      .map(([line]) => line);
  const response: AdmissionResponse = { uid, allowed: blocking.length === 0 };
  if (blocking.length > 0) {
    const lines = sorted(blocking);
    response.status = { code: 403, reason: "Forbidden", message: `kubeward denied the request (${lines.length} finding(s)): ${lines.join("; ")}` };
  }
  if (warnings.length > 0) response.warnings = sorted(warnings);
  return response;
}
