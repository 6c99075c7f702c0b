// The one registry of report formatters: pure (report, ctx) => string. `kubeward test` output is a
// separate contract (test-run.ts).
import type { Report } from "../types.ts";
import type { FormatContext } from "./context.ts";
import { formatGithub } from "./github.ts";
import { formatGrafeas } from "./grafeas.ts";
import { formatHtml } from "./html/html.ts";
import { formatJson } from "./json.ts";
import { formatJunit } from "./junit.ts";
import { formatPolicyReport } from "./policyreport.ts";
import { formatSarif } from "./sarif.ts";
import { formatText } from "./text.ts";

export type { FormatContext } from "./context.ts";
export type Formatter = (report: Report, ctx: FormatContext) => string;

export const FORMATS = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  policyreport: formatPolicyReport,
  html: formatHtml,
  grafeas: formatGrafeas,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export function formatReport(name: FormatName, report: Report, ctx: FormatContext): string {
  return FORMATS[name](report, ctx);
}
