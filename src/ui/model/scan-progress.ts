// The Findings view's progress line, as data: what the scan is doing, how far, on what.
import type { ScanPhase, ScanProgress } from "../../scan.ts";

const PHASE_TEXT: Record<ScanPhase, string> = {
  discover: "finding files",
  render: "rendering",
  parse: "parsing files",
  inventory: "reading the inventory",
  evaluate: "evaluating documents",
  templates: "applying templates",
};

export interface ProgressLine {
  phase: string;
  /** 0–100; undefined while the total is unknown (nothing to fill a bar with). */
  pct?: number;
  count?: string;
  label: string;
}

export function progressLine(p: ScanProgress): ProgressLine {
  const known = p.total > 0;
  return {
    phase: PHASE_TEXT[p.phase],
    ...(known ? { pct: Math.min(100, (p.done / p.total) * 100), count: `${p.done}/${p.total}` } : {}),
    label: p.label ?? "",
  };
}
