// The compliance view of a Report: per framework (PSS, CIS, NSA, MITRE — the prefix of each rule's
// `controls` entries), which controls passed, failed or did not apply to the scanned input.
// Definitions (docs/report.md):
//   - a control is in scope when an evaluated rule (Report.rules) lists it;
//   - failed: at least one reported (not suppressed) finding carries it;
//   - passed: not failed, and at least one of its rules checks a kind the input held
//     (Report.scannedKinds), so the rule ran on something and found nothing;
//   - not applicable: not failed, and none of its rules checks a kind the input held.
// Suppressed findings do not fail a control (they are accepted risk); they are counted on it.
import type { Finding, Report } from "../types.ts";

export type ControlStatus = "failed" | "passed" | "not-applicable";

export interface ControlResult {
  /** The full control id as the rules write it, e.g. `CIS:5.2.2`. */
  id: string;
  framework: string;
  status: ControlStatus;
  /** Evaluated rules mapped to it, sorted. */
  rules: string[];
  findings: number;
  suppressed: number;
}

export interface FrameworkSummary {
  name: string;
  passed: number;
  failed: number;
  notApplicable: number;
  /** Reported findings whose rule maps to at least one control of this framework. */
  findings: number;
  /** Failed first, then passed, then not applicable; by id within each. */
  controls: ControlResult[];
}

/** The four frameworks the library maps to, in the order reports show them; others follow by name. */
export const FRAMEWORKS = ["PSS", "CIS", "NSA", "MITRE"] as const;

export function summarizeCompliance(report: Report): FrameworkSummary[] {
  const controls = new Map<string, { rules: Set<string>; applicable: boolean; findings: number; suppressed: number }>();
  const entry = (id: string) => {
    let e = controls.get(id);
    if (!e) controls.set(id, (e = { rules: new Set(), applicable: false, findings: 0, suppressed: 0 }));
    return e;
  };
  const kinds = report.scannedKinds;
  for (const rule of report.rules) {
    // A report without kind counts (built elsewhere) cannot tell; every rule then counts as applicable.
    const applies = kinds === undefined || rule.kinds.some((k) => (kinds[k] ?? 0) > 0);
    for (const id of rule.controls) {
      const e = entry(id);
      e.rules.add(rule.id);
      e.applicable ||= applies;
    }
  }
  for (const f of report.findings) for (const id of f.controls) entry(id).findings++;
  for (const f of report.suppressed) for (const id of f.controls) entry(id).suppressed++;

  const byFramework = new Map<string, FrameworkSummary>();
  for (const name of FRAMEWORKS) byFramework.set(name, { name, passed: 0, failed: 0, notApplicable: 0, findings: 0, controls: [] });
  for (const [id, e] of controls) {
    const name = frameworkOf(id);
    let fw = byFramework.get(name);
    if (!fw) byFramework.set(name, (fw = { name, passed: 0, failed: 0, notApplicable: 0, findings: 0, controls: [] }));
    const status: ControlStatus = e.findings > 0 ? "failed" : e.applicable ? "passed" : "not-applicable";
    if (status === "failed") fw.failed++;
    else if (status === "passed") fw.passed++;
    else fw.notApplicable++;
    fw.controls.push({ id, framework: name, status, rules: [...e.rules].sort(), findings: e.findings, suppressed: e.suppressed });
  }
  for (const fw of byFramework.values()) {
    fw.findings = report.findings.filter((f) => hasFramework(f, fw.name)).length;
    fw.controls.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || compareControlIds(a.id, b.id));
  }
  const known: string[] = [...FRAMEWORKS];
  return [...byFramework.values()].sort((a, b) => rank(known, a.name) - rank(known, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `CIS:5.2.2` → `CIS`; a control without a prefix is its own framework. */
export function frameworkOf(control: string): string {
  const i = control.indexOf(":");
  return i < 0 ? control : control.slice(0, i);
}

function hasFramework(f: Finding, name: string): boolean {
  return f.controls.some((c) => frameworkOf(c) === name);
}

const STATUS_ORDER: Record<ControlStatus, number> = { failed: 0, passed: 1, "not-applicable": 2 };

function rank(known: string[], name: string): number {
  const i = known.indexOf(name);
  return i < 0 ? known.length : i;
}

// Numeric-aware, so CIS:5.2.10 sorts after CIS:5.2.9.
function compareControlIds(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}
