// The one ordering of findings and errors every output shares, so text, JSON and SARIF agree and
// golden files are stable. Code-unit comparison, never locale-dependent.
import type { Finding, ReportError } from "../types.ts";

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareFindings(a: Finding, b: Finding): number {
  return cmp(a.file, b.file) || a.line - b.line || cmp(a.rule, b.rule) || cmp(a.message, b.message) || cmp(resourceKey(a), resourceKey(b)) || cmp(a.path ?? "", b.path ?? "");
}

export function compareErrors(a: ReportError, b: ReportError): number {
  return cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.message, b.message);
}

function resourceKey(f: Finding): string {
  const r = f.resource;
  return `${r.apiVersion}/${r.kind}/${r.namespace ?? ""}/${r.name}`;
}
