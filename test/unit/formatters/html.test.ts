// The HTML report as text: self-contained, escaped, numbers from the report. What it looks like and
// how its filters behave in a browser is test/e2e/html-report.test.ts (real Chromium).
import { createHash } from "node:crypto";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatReport } from "../../../src/formatters/formatters.ts";
import { REPORT_CSS, REPORT_JS } from "../../../src/formatters/html/assets.ts";
import { escapeHtml } from "../../../src/formatters/html/escape.ts";
import type { Report } from "../../../src/types.ts";
import { fixtureReport } from "../../fixtures/engine/report.ts";

const ctx = { color: false, cwd: "/work/repo", now: new Date("2026-11-29T11:00:00.000Z"), inputs: ["manifests/"] };
const metric = (html: string, name: string, key?: string) => {
  const re = new RegExp(`data-metric="${name}"${key ? ` data-key="${key}"` : ""}>([^<]*)<`);
  return re.exec(html)?.[1];
};

test("escapeHtml covers the five characters that change HTML's meaning", () => {
  assert.is(escapeHtml(`<a href="x" title='y'>&</a>`), "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
});

test("one self-contained page: nothing to load, and a CSP that allows only its own style and script", () => {
  const html = formatReport("html", fixtureReport(), ctx);
  assert.ok(html.startsWith("<!doctype html>"));
  for (const loader of [/\ssrc=/i, /\shref=/i, /url\(/i, /@import/i, /<link/i, /<iframe/i]) assert.not.match(html, loader);
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
  const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
  assert.ok(csp.includes("default-src 'none'"), csp);
  assert.ok(csp.includes(`style-src ${sha(REPORT_CSS)}`) && csp.includes(`script-src ${sha(REPORT_JS)}`), csp);
  assert.ok(html.includes(`<style>${REPORT_CSS}</style>`) && html.includes(`<script>${REPORT_JS}</script>`));
  assert.is((html.match(/<script/g) ?? []).length, 1);
  assert.match(html, /@media print/);
});

test("the numbers are the report's: totals, severities, frameworks, rows", () => {
  const report = fixtureReport();
  const html = formatReport("html", report, ctx);
  assert.is(metric(html, "findings"), String(report.summary.findings));
  for (const [sev, n] of Object.entries(report.summary.bySeverity)) assert.is(metric(html, "severity", sev), String(n), sev);
  assert.is(metric(html, "framework-failed", "PSS"), "3");
  assert.is(metric(html, "framework-failed", "CIS"), "1");
  assert.is(metric(html, "errors"), "1");
  assert.is((html.match(/<tr data-row /g) ?? []).length, report.findings.length);
  assert.match(html, /Fix privileged-container\./);
  assert.match(html, /2026-11-29T11:00:00.000Z/);
  assert.match(html, /could not parse YAML/);
});

test("text from manifests is escaped, never markup", () => {
  const report = fixtureReport();
  const hostile: Report = {
    ...report,
    findings: report.findings.map((f, i) => (i === 0 ? { ...f, message: `<img src=x onerror=alert(1)>`, resource: { ...f.resource, name: `"><script>alert(2)</script>` } } : f)),
  };
  const html = formatReport("html", hostile, ctx);
  assert.not.match(html, /<img/);
  assert.is((html.match(/<script/g) ?? []).length, 1);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.match(html, /&quot;&gt;&lt;script&gt;alert\(2\)&lt;\/script&gt;/);
});

test("suppressed findings are rows only with --show-suppressed, marked and with their reason", () => {
  const base = fixtureReport();
  const f = base.findings[0]!;
  const report: Report = { ...base, suppressed: [{ ...f, suppression: { kind: "external", justification: "accepted <risk>", expires: "2027-01-31", source: "kubeward.yaml:7" } }], summary: { ...base.summary, suppressed: 1 } };
  const without = formatReport("html", report, ctx);
  assert.is((without.match(/<tr data-row /g) ?? []).length, base.findings.length);
  assert.match(without, /1 suppressed finding is not listed; scan with --show-suppressed/);
  const withRows = formatReport("html", report, { ...ctx, showSuppressed: true });
  assert.is((withRows.match(/<tr data-row /g) ?? []).length, base.findings.length + 1);
  assert.match(withRows, /data-status="suppressed" class="suppressed"/);
  assert.match(withRows, /kubeward\.yaml <span class="mono">kubeward\.yaml:7<\/span>: accepted &lt;risk&gt;, until 2027-01-31/);
  assert.match(withRows, /id="filter-status"/);
});

test("a clean scan still renders every section", () => {
  const html = formatReport("html", fixtureReport({ violations: [], errors: [] }), ctx);
  assert.match(html, /<p>No findings\.<\/p>/);
  assert.is(metric(html, "framework-passed", "PSS"), "3");
  assert.not.match(html, /id="errors"/);
});

test.run();
