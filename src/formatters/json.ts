// `--format json`: the DESIGN.md §5 contract, nothing more.
import type { Report } from "../types.ts";
import { toJsonReport } from "../report/json-report.ts";
import type { FormatContext } from "./context.ts";

export function formatJson(report: Report, _ctx: FormatContext): string {
  return JSON.stringify(toJsonReport(report), null, 2) + "\n";
}
