// The human format, laid out like ESLint's "stylish": findings grouped by file, aligned columns,
// an errors section, and one summary line.
import { SEVERITIES, type Finding, type Report, type ResourceRef, type Severity } from "../types.ts";
import { palette, type Palette } from "./ansi.ts";
import { displayPath, type FormatContext } from "./context.ts";

export function formatText(report: Report, ctx: FormatContext): string {
  const p = palette(ctx.color);
  const out: string[] = [];

  // Grouped by file and origin: one chart template rendered with different values is two groups.
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = JSON.stringify([f.file, f.origin ?? ""]);
    byFile.set(key, [...(byFile.get(key) ?? []), f]);
  }
  for (const findings of byFile.values()) {
    const first = findings[0] as Finding;
    const header = p.underline(displayPath(first.file, ctx.cwd));
    out.push(first.origin === undefined ? header : `${header}  ${p.dim(`(${first.origin})`)}`);
    out.push(...findingRows(findings, p));
    out.push("");
  }

  if (ctx.showSuppressed && report.suppressed.length > 0) {
    out.push(p.bold("Suppressed"));
    for (const f of report.suppressed) {
      const why = f.suppression.justification ?? "no reason given";
      const until = f.suppression.expires ? `, until ${f.suppression.expires}` : "";
      out.push(`  ${displayPath(f.file, ctx.cwd)}:${f.line}  ${f.rule}  ${f.message}  (${describeResource(f.resource)})`);
      out.push(p.dim(`      ${f.suppression.kind === "inSource" ? "annotation" : "kubeward.yaml"} ${f.suppression.source}: ${why}${until}`));
    }
    out.push("");
  }

  if (report.warnings && report.warnings.length > 0) {
    out.push(p.bold(p.yellow("Warnings")));
    for (const w of report.warnings) out.push(`  ${w}`);
    out.push("");
  }

  if (report.errors.length > 0) {
    out.push(p.bold(p.red("Errors")));
    for (const e of report.errors) {
      const where = `${displayPath(e.file, ctx.cwd)}${e.line !== undefined ? `:${e.line}` : ""}`;
      out.push(`  ${where}  ${e.message}`);
    }
    out.push("");
  }

  out.push(summaryLine(report, p, ctx));
  return out.join("\n") + "\n";
}

function findingRows(findings: Finding[], p: Palette): string[] {
  const rows = findings.map((f) => ({ line: String(f.line), severity: f.severity.toUpperCase(), rule: f.rule, message: f.message, resource: `(${describeResource(f.resource)})`, f }));
  const w = {
    line: Math.max(...rows.map((r) => r.line.length)),
    severity: Math.max(...rows.map((r) => r.severity.length)),
    rule: Math.max(...rows.map((r) => r.rule.length)),
    message: Math.max(...rows.map((r) => r.message.length)),
  };
  // Padding is computed on the plain text, then styled, so colour never breaks alignment.
  return rows.map((r) =>
    [
      "  " + p.dim(r.line.padStart(w.line)),
      paintSeverity(r.f.severity, r.severity.padEnd(w.severity), p),
      p.dim(r.rule.padEnd(w.rule)),
      r.message.padEnd(w.message),
      p.dim(r.resource),
    ].join("  "),
  );
}

export function describeResource(r: ResourceRef): string {
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ""}${r.name || "(unnamed)"}`;
}

function paintSeverity(severity: Severity, text: string, p: Palette): string {
  switch (severity) {
    case "critical": return p.bold(p.magenta(text));
    case "high": return p.red(text);
    case "medium": return p.yellow(text);
    case "low": return p.cyan(text);
    case "info": return p.dim(text);
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function summaryLine(report: Report, p: Palette, ctx: FormatContext): string {
  const s = report.summary;
  let scope = `${plural(s.files, "file")}, ${plural(s.resources, "resource")}`;
  if (s.skipped > 0) scope += ` (${s.skipped} non-Kubernetes ${s.skipped === 1 ? "document" : "documents"} skipped)`;
  const counts = SEVERITIES.filter((sev) => s.bySeverity[sev] > 0).map((sev) => `${s.bySeverity[sev]} ${sev}`);
  const findings = s.findings === 0 ? p.green("no findings") : p.bold(`${plural(s.findings, "finding")} (${counts.join(", ")})`);
  const errors = s.errors === 0 ? "0 errors" : p.bold(p.red(plural(s.errors, "error")));
  const suppressed = s.suppressed > 0 ? `, ${s.suppressed} suppressed${ctx.showSuppressed ? "" : " (--show-suppressed lists them)"}` : "";
  return `${scope}: ${findings}, ${errors}${suppressed}`;
}
