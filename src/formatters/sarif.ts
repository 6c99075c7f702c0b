// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF consumers. Validated in
// tests against the official schema in schemas/sarif-2.1.0.json.
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import path from "node:path";
import type { Finding, Report, ReportError, RuleMeta, Severity } from "../types.ts";
import { displayPath, type FormatContext } from "./context.ts";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** Where the tool's rules are documented (SARIF driver.informationUri). */
export const TOOL_INFORMATION_URI = "https://github.com/kubeward/kubeward";
const SRCROOT = "%SRCROOT%";

type SarifLevel = "error" | "warning" | "note";

/** critical/high block a merge; medium warns; low and info are notes. */
export function sarifLevel(severity: Severity): SarifLevel {
  return severity === "critical" || severity === "high" ? "error" : severity === "medium" ? "warning" : "note";
}

// GitHub ranks alerts by `security-severity`: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
const SECURITY_SEVERITY: Record<Severity, string | undefined> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", info: undefined };

export function formatSarif(report: Report, ctx: FormatContext): string {
  const rules = ruleTable(report);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "kubeward",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: TOOL_INFORMATION_URI,
            rules: rules.map(sarifRule),
          },
        },
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((e) => notification(e, ctx)),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(ctx.cwd + path.sep).href } },
        results: [
          ...report.findings.map((f) => result(f, index.get(f.rule) ?? -1, ctx)),
          // Suppressed findings stay in the log as suppressed results, so code scanning shows them as
          // dismissed with their justification instead of losing them.
          ...report.suppressed.map((f) => ({
            ...result(f, index.get(f.rule) ?? -1, ctx),
            suppressions: [{ kind: f.suppression.kind, ...(f.suppression.justification ? { justification: f.suppression.justification } : {}) }],
          })),
        ],
        properties: { bundle: report.bundle },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

/** Every evaluated rule, plus any rule a finding names that the table lacks (so ruleIndex is always valid). */
function ruleTable(report: Report): RuleMeta[] {
  const rules = [...report.rules];
  const known = new Set(rules.map((r) => r.id));
  for (const f of [...report.findings, ...report.suppressed]) {
    if (known.has(f.rule)) continue;
    known.add(f.rule);
    rules.push({ id: f.rule, title: f.title, description: f.title, severity: f.severity, category: f.category, kinds: [], controls: f.controls, remediation: "", package: "", file: "" });
  }
  return rules;
}

function sarifRule(r: RuleMeta) {
  const controls = r.controls.length > 0 ? `\n\nControls: ${r.controls.join(", ")}` : "";
  const remediationText = r.remediation ? `\n\nRemediation: ${r.remediation}` : "";
  const remediationMd = r.remediation ? `\n\n**Remediation:** ${r.remediation}` : "";
  const controlsMd = r.controls.length > 0 ? `\n\n**Controls:** ${r.controls.map((c) => `\`${c}\``).join(", ")}` : "";
  const securitySeverity = SECURITY_SEVERITY[r.severity];
  return {
    id: r.id,
    name: pascalCase(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description || r.title },
    help: {
      text: `${r.description || r.title}${remediationText}${controls}`,
      markdown: `**${r.title}**\n\n${r.description || r.title}${remediationMd}${controlsMd}`,
    },
    defaultConfiguration: { level: sarifLevel(r.severity) },
    properties: {
      tags: [...r.controls, r.category],
      severity: r.severity,
      ...(securitySeverity !== undefined ? { "security-severity": securitySeverity } : {}),
    },
  };
}

function result(f: Finding, ruleIndex: number, ctx: FormatContext) {
  const r = f.resource;
  const qualified = `${r.kind}/${r.namespace ? `${r.namespace}/` : ""}${r.name}`;
  return {
    ruleId: f.rule,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [
      {
        physicalLocation: { artifactLocation: artifact(f.file, ctx), region: { startLine: Math.max(1, f.line) } },
        logicalLocations: [{ name: r.name, fullyQualifiedName: qualified, kind: "resource" }],
      },
    ],
    // Stable across runs even when lines move, so code scanning tracks one alert per problem.
    partialFingerprints: { "kubewardFinding/v1": fingerprint([f.rule, displayPath(f.file, ctx.cwd), r.apiVersion, qualified, f.path ?? "", f.message]) },
    properties: { severity: f.severity, category: f.category, resource: { ...r }, ...(f.path !== undefined ? { path: f.path } : {}) },
  };
}

function notification(e: ReportError, ctx: FormatContext) {
  const location = { physicalLocation: { artifactLocation: artifact(e.file, ctx), ...(e.line !== undefined && e.line >= 1 ? { region: { startLine: e.line } } : {}) } };
  return { level: "error", message: { text: e.message }, descriptor: { id: e.code }, locations: [location] };
}

/** Relative paths under %SRCROOT% (what code scanning maps to the repository); others as file: URIs. */
function artifact(file: string, ctx: FormatContext): { uri: string; uriBaseId?: string } {
  const shown = displayPath(file, ctx.cwd);
  if (path.isAbsolute(shown)) return { uri: pathToFileURL(shown).href };
  return { uri: shown.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}

function pascalCase(id: string): string {
  return id.split(/[-_]/).map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : "")).join("");
}

function fingerprint(parts: string[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);
}
