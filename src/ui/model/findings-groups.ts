// The Findings view's model: findings grouped by severity, rule or file, and the snippet of the
// manifest around a finding's line.
import { SEVERITIES } from "../../types.ts";
import type { JsonFinding } from "../../report/json-report.ts";

export type GroupBy = "severity" | "rule" | "file";
export const GROUPINGS: GroupBy[] = ["severity", "rule", "file"];

export interface FindingRow { key: string; header?: { label: string; count: number }; finding?: JsonFinding }

export function groupFindings(findings: JsonFinding[], by: GroupBy): FindingRow[] {
  const groups = new Map<string, JsonFinding[]>();
  for (const f of findings) {
    const k = by === "severity" ? f.severity : by === "rule" ? f.rule : f.file;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const order = by === "severity"
    ? [...groups.keys()].sort((a, b) => SEVERITIES.indexOf(a as never) - SEVERITIES.indexOf(b as never))
    : [...groups.keys()].sort();
  const rows: FindingRow[] = [];
  for (const k of order) {
    const list = groups.get(k) as JsonFinding[];
    rows.push({ key: `group:${k}`, header: { label: k, count: list.length } });
    list.forEach((finding, i) => rows.push({ key: `f:${k}:${i}:${finding.file}:${finding.line}:${finding.rule}`, finding }));
  }
  return rows;
}

export interface SnippetLine { line: number; text: string; hit: boolean }

/** `radius` lines either side of `line` (1-based), the finding's own line marked. */
export function snippet(text: string, line: number, radius: number): SnippetLine[] {
  const lines = text.split("\n");
  const from = Math.max(1, line - radius);
  const to = Math.min(lines.length, line + radius);
  const out: SnippetLine[] = [];
  for (let n = from; n <= to; n++) out.push({ line: n, text: lines[n - 1] ?? "", hit: n === line });
  return out;
}
