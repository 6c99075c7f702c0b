// The exit code as a function of the report (DESIGN.md §4): 2 wins over 1.
import { SEVERITIES, type Report, type Severity } from "../types.ts";

export type FailOn = Severity | "none";

/** 2 if any error; 1 if any finding at or above `failOn`; else 0. */
export function exitCodeFor(report: Report, failOn: FailOn): 0 | 1 | 2 {
  if (report.errors.length > 0) return 2;
  if (failOn === "none") return 0;
  const threshold = SEVERITIES.indexOf(failOn);
  return report.findings.some((f) => SEVERITIES.indexOf(f.severity) <= threshold) ? 1 : 0;
}

/** Findings at or above `failOn` (what blocks), for messages such as "2 findings at or above high". */
export function blockingFindings(report: Report, failOn: FailOn): Report["findings"] {
  if (failOn === "none") return [];
  const threshold = SEVERITIES.indexOf(failOn);
  return report.findings.filter((f) => SEVERITIES.indexOf(f.severity) <= threshold);
}
