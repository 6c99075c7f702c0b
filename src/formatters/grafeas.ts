// `--format grafeas`: compliance results as Grafeas v1 messages (proto3 JSON mapping), so they can be
// stored next to image, build and vulnerability metadata. The output is the bodies of the two batch
// calls a Grafeas server takes: `batchCreateNotes` (POST /v1/{parent}/notes:batchCreate) holds one
// COMPLIANCE Note per evaluated rule that names controls, `batchCreateOccurrences`
// (POST /v1/{parent}/occurrences:batchCreate) one COMPLIANCE Occurrence per resource and failing
// rule, linked to its Note by noteName. Shapes: schemas/grafeas.schema.json.
import type { Finding, Report, RuleMeta, Severity } from "../types.ts";
import { displayPath, type FormatContext } from "./context.ts";
import { TOOL_INFORMATION_URI } from "./sarif.ts";

/** The project notes and occurrences are filed under when --grafeas-project is not given. */
export const GRAFEAS_DEFAULT_PROJECT = "kubeward";

/** Grafeas project ids: what the API accepts in `projects/{project}` (no slashes, no spaces). */
export const GRAFEAS_PROJECT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The Kubernetes platform every control here applies to. */
const KUBERNETES_CPE = "cpe:/a:kubernetes:kubernetes";

// The framework a control prefix names, as ComplianceVersion.benchmarkDocument.
const BENCHMARK_DOCUMENTS: Record<string, string> = {
  CIS: "CIS Kubernetes Benchmark",
  NSA: "NSA/CISA Kubernetes Hardening Guidance",
  PSS: "Kubernetes Pod Security Standards",
  MITRE: "MITRE ATT&CK for Containers",
};

// grafeas.v1.Severity; info has no equal, MINIMAL is the closest.
const GRAFEAS_SEVERITY: Record<Severity, string> = { critical: "CRITICAL", high: "HIGH", medium: "MEDIUM", low: "LOW", info: "MINIMAL" };

interface ComplianceVersion {
  cpeUri: string;
  version: string;
  benchmarkDocument: string;
}

/** Controls grouped by framework: "CIS:5.4.2" and "CIS:5.4.1" become one version naming both items. */
function versions(controls: readonly string[]): ComplianceVersion[] {
  const byFramework = new Map<string, string[]>();
  for (const control of controls) {
    const colon = control.indexOf(":");
    const framework = colon < 0 ? control : control.slice(0, colon);
    const item = colon < 0 ? "" : control.slice(colon + 1);
    byFramework.set(framework, [...(byFramework.get(framework) ?? []), item].filter((x) => x !== ""));
  }
  return [...byFramework].map(([framework, items]) => ({
    cpeUri: KUBERNETES_CPE,
    // The library's controls are not pinned to one release of each document, so `version` carries
    // the items of the document this rule implements (documented in docs/report.md).
    version: items.join(", "),
    benchmarkDocument: BENCHMARK_DOCUMENTS[framework] ?? framework,
  }));
}

function note(rule: RuleMeta, project: string, bundle: string) {
  const scanInstructions = `kubeward scan --bundle ${bundle} (rule ${rule.id}: ${rule.file})`;
  return {
    name: `projects/${project}/notes/${rule.id}`,
    shortDescription: rule.title,
    longDescription: rule.description,
    kind: "COMPLIANCE",
    relatedUrl: [{ url: `${TOOL_INFORMATION_URI}/blob/main/${rule.file.replace(/policy\.rego$/, "README.md")}`, label: "kubeward rule" }],
    compliance: {
      title: `${rule.controls.join(", ")}: ${rule.title}`,
      description: rule.description,
      version: versions(rule.controls),
      rationale: `Named by ${rule.controls.join(", ")}; kubeward severity ${rule.severity}. ${rule.description}`,
      remediation: rule.remediation,
      // proto `bytes`: base64 in the JSON mapping.
      scanInstructions: Buffer.from(scanInstructions, "utf8").toString("base64"),
      ...(rule.controls.some((c) => c.startsWith("CIS:")) ? { cisBenchmark: { severity: GRAFEAS_SEVERITY[rule.severity] } } : {}),
    },
  };
}

/** The resource as a URI shaped like its API path, with the kind in place of the resource plural. */
export function resourceUri(resource: Finding["resource"]): string {
  const group = resource.apiVersion.includes("/") ? `apis/${resource.apiVersion}` : `api/${resource.apiVersion}`;
  const ns = resource.namespace ? `/namespaces/${resource.namespace}` : "";
  return `k8s:///${group}${ns}/${resource.kind}/${resource.name}`;
}

const shellQuote = (s: string) => (/^[A-Za-z0-9_./:@-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

function occurrence(findings: Finding[], rule: RuleMeta, project: string, ctx: FormatContext) {
  const reasons = [...new Set(findings.map((f) => f.message))];
  return {
    resourceUri: resourceUri(findings[0]!.resource),
    noteName: `projects/${project}/notes/${rule.id}`,
    kind: "COMPLIANCE",
    remediation: rule.remediation,
    compliance: {
      nonCompliantFiles: findings.map((f) => {
        const file = displayPath(f.file, ctx.cwd);
        return { path: file, displayCommand: `sed -n '${f.line}p' ${shellQuote(file)}`, reason: f.path ? `${f.message} (${f.path})` : f.message };
      }),
      nonComplianceReason: reasons.join("; "),
    },
  };
}

export function formatGrafeas(report: Report, ctx: FormatContext): string {
  const project = ctx.grafeasProject ?? GRAFEAS_DEFAULT_PROJECT;
  const parent = `projects/${project}`;
  // Only rules that name a control are compliance checks; their findings are the occurrences.
  const rules = new Map(report.rules.filter((r) => r.controls.length > 0).map((r) => [r.id, r]));
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (!rules.has(f.rule)) continue;
    const key = `${resourceUri(f.resource)}\u0000${f.rule}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const notes = Object.fromEntries([...rules.values()].sort((a, b) => a.id.localeCompare(b.id)).map((r) => [r.id, note(r, project, report.bundle)]));
  const occurrences = [...groups.values()].map((fs) => occurrence(fs, rules.get(fs[0]!.rule)!, project, ctx));
  return JSON.stringify({ batchCreateNotes: { parent, notes }, batchCreateOccurrences: { parent, occurrences } }, null, 2) + "\n";
}
