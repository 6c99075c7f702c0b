// sources/helm: a chart → SourceFiles, rendered by the pinned `helm template` (DESIGN.md §1, §5).
//
// helm prints every rendered document after a `# Source: <chart>/templates/<file>` comment. The
// stream is cut on those comments and the documents of each template are joined back into one
// SourceFile named after the template, so a finding's `file` is the template users edit and its
// `line` is the line inside that template's rendered output (the `# Source:` line itself excluded).
import fs from "node:fs";
import path from "node:path";
import type { ReportError, SourceFile } from "../types.ts";
import { displayPath } from "./index.ts";
import { runTool } from "./run-tool.ts";

export interface HelmOptions {
  chart: string;
  cwd: string;
  values?: string[];
  /** `--set K=V` pairs; reports name only their keys (values may be secrets). */
  set?: string[];
  release?: string;
  namespace?: string;
  kubeVersion?: string;
}

export interface RenderResult {
  files: SourceFile[];
  errors: ReportError[];
}

export const DEFAULT_RELEASE = "kubeward";
export const DEFAULT_HELM_NAMESPACE = "default";
/**
 * Why a default: release builds of helm v3.22.0 take Capabilities.KubeVersion from their client-go
 * (v0.37.0 → Kubernetes v1.37.0) through linker flags, but a `go install`ed helm has no such flags and
 * falls back to v1.20.0 — which makes charts with `kubeVersion: >=1.25.0-0` (alertmanager in the
 * corpus) refuse to render. Passing what the official binary would report keeps renders identical.
 */
export const DEFAULT_KUBE_VERSION = "v1.37.0";

export async function renderHelmChart(opts: HelmOptions): Promise<RenderResult> {
  const chartAbs = path.resolve(opts.cwd, opts.chart);
  const shownChart = displayPath(opts.cwd, chartAbs);
  const errors: ReportError[] = [];
  if (!fs.existsSync(chartAbs)) return { files: [], errors: [{ file: shownChart, message: `cannot render Helm chart ${shownChart}: no such file or directory`, code: "io" }] };
  const values = opts.values ?? [];
  for (const v of values) {
    if (!fs.existsSync(path.resolve(opts.cwd, v))) errors.push({ file: v, message: `cannot read values file ${v}: no such file or directory`, code: "io" });
  }
  if (errors.length > 0) return { files: [], errors };

  const namespace = opts.namespace ?? DEFAULT_HELM_NAMESPACE;
  const args = ["template", opts.release ?? DEFAULT_RELEASE, chartAbs, "--namespace", namespace, "--include-crds"];
  for (const v of values) args.push("--values", path.resolve(opts.cwd, v));
  for (const s of opts.set ?? []) args.push("--set", s);
  args.push("--kube-version", opts.kubeVersion ?? DEFAULT_KUBE_VERSION);

  const run = await runTool("helm", args, { cwd: opts.cwd });
  if (run.status !== 0) {
    return { files: [], errors: [{ file: shownChart, message: `helm template failed for ${shownChart}: ${cleanHelmMessage(run.stderr)}`, code: "render" }] };
  }
  const valuesText = describeValues(values.map((v) => displayPath(opts.cwd, path.resolve(opts.cwd, v))), opts.set ?? []);
  const files = splitHelmOutput(run.stdout).map(({ source, text }) => ({ path: source, text, origin: `rendered from ${source} with ${valuesText}`, namespace }));
  return { files, errors };
}

function describeValues(values: string[], set: string[]): string {
  const parts: string[] = [];
  if (values.length > 0) parts.push(`values: ${values.join(", ")}`);
  if (set.length > 0) parts.push(`--set ${set.map((s) => s.split("=")[0]).join(", ")}`);
  return parts.length > 0 ? parts.join("; ") : "the chart's default values";
}

/** helm's errors start with `Error: ` and may carry a usage hint; the report keeps the reason. */
function cleanHelmMessage(stderr: string): string {
  const lines = stderr.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("Use --debug flag"));
  return lines.map((l) => l.replace(/^Error: /, "")).join("\n") || "helm exited without a message";
}

/**
 * Cuts `helm template` output into one text per template file, in first-seen order. A document
 * without a `# Source:` comment (none in helm 3, but tolerated) goes under `<helm output>`.
 */
export function splitHelmOutput(stdout: string): { source: string; text: string }[] {
  const bySource = new Map<string, string[]>();
  let current: { source: string; lines: string[] } | undefined;
  const flush = (): void => {
    if (!current) return;
    while (current.lines.length > 0 && current.lines[current.lines.length - 1]?.trim() === "") current.lines.pop();
    if (current.lines.some((l) => l.trim() !== "" && !l.startsWith("#"))) {
      const parts = bySource.get(current.source) ?? [];
      parts.push(current.lines.join("\n"));
      bySource.set(current.source, parts);
    }
    current = undefined;
  };
  for (const line of stdout.split("\n")) {
    if (/^---\s*$/.test(line)) {
      flush();
      continue;
    }
    const m = /^# Source: (.+?)\s*$/.exec(line);
    if (m && (!current || current.lines.every((l) => l.trim() === ""))) {
      flush();
      current = { source: m[1] as string, lines: [] };
      continue;
    }
    current ??= { source: "<helm output>", lines: [] };
    current.lines.push(line);
  }
  flush();
  return [...bySource].map(([source, docs]) => ({ source, text: `${docs.join("\n---\n")}\n` }));
}
