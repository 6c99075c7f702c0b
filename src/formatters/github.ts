// GitHub Actions workflow commands: each finding becomes an annotation on its file and line in the
// pull request (`::error file=…,line=…,title=…::message`), parse errors too, then a summary line.
import type { Report, Severity } from "../types.ts";
import { displayPath, type FormatContext } from "./context.ts";

const LEVEL: Record<Severity, "error" | "warning" | "notice"> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "notice",
  info: "notice",
};

/** Workflow-command escaping: data escapes %, CR and LF; property values also `:` and `,`. */
function escapeData(s: string): string {
  return s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

function command(level: string, props: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(",");
  return `::${level} ${list}::${escapeData(message)}`;
}

export function formatGithub(report: Report, ctx: FormatContext): string {
  const lines: string[] = [];
  for (const e of report.errors) {
    lines.push(command("error", { file: displayPath(e.file, ctx.cwd), line: e.line, title: "kubeward: cannot read this file" }, e.message));
  }
  for (const f of report.findings) {
    const resource = `${f.resource.kind} ${f.resource.namespace ? `${f.resource.namespace}/` : ""}${f.resource.name}`;
    lines.push(
      command(LEVEL[f.severity], { file: displayPath(f.file, ctx.cwd), line: f.line, title: `${f.rule} (${f.severity})` }, `${f.message} — ${resource}`),
    );
  }
  const s = report.summary;
  lines.push(`kubeward: ${s.files} files, ${s.resources} resources: ${s.findings} findings, ${s.errors} errors (bundle ${report.bundle})`);
  return `${lines.join("\n")}\n`;
}
