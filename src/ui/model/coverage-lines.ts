// The Coverage view's model: table rows from `opa test --coverage` and the gutter of a source file.
import type { Coverage, CoverageFile } from "../../policy/opa-test.ts";

export type CoverageSort = "coverage" | "file" | "uncovered";
export const COVERAGE_SORTS: CoverageSort[] = ["coverage", "file", "uncovered"];

export function sortCoverage(coverage: Coverage, by: CoverageSort): CoverageFile[] {
  const files = [...coverage.files];
  if (by === "file") return files.sort((a, b) => a.file.localeCompare(b.file));
  if (by === "uncovered") return files.sort((a, b) => b.notCoveredLines - a.notCoveredLines || a.file.localeCompare(b.file));
  return files.sort((a, b) => a.coverage - b.coverage || a.file.localeCompare(b.file));
}

/** A rule's file shows as its rule id; other files by their path under policies/. */
export function coverageLabel(file: string): string {
  const m = /rules\/[^/]+\/([^/]+)\/policy\.rego$/.exec(file);
  return m?.[1] ?? file.replace(/^.*?policies\//, "");
}

export type GutterMark = "covered" | "uncovered" | "none";
export interface SourceLine { line: number; text: string; mark: GutterMark }

export function gutterLines(source: string, file: CoverageFile): SourceLine[] {
  const inside = (ranges: { start: number; end: number }[], n: number) => ranges.some((r) => n >= r.start && n <= r.end);
  return source.split("\n").map((text, i) => {
    const line = i + 1;
    // A line opa lists as not covered wins over an enclosing covered range (a rule head covers its body's span).
    const mark: GutterMark = inside(file.notCovered, line) ? "uncovered" : inside(file.covered, line) ? "covered" : "none";
    return { line, text, mark };
  });
}

/** The next (dir 1) or previous (dir -1) uncovered line index from `from`, wrapping; -1 when none. */
export function nextUncovered(lines: SourceLine[], from: number, dir: 1 | -1): number {
  const n = lines.length;
  for (let step = 1; step <= n; step++) {
    const i = (((from + dir * step) % n) + n) % n;
    if (lines[i]?.mark === "uncovered" && lines[(i - dir + n) % n]?.mark !== "uncovered") return i;
  }
  for (let step = 1; step <= n; step++) {
    const i = (((from + dir * step) % n) + n) % n;
    if (lines[i]?.mark === "uncovered") return i;
  }
  return -1;
}
