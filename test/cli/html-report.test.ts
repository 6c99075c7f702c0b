// `--format html` through the built CLI, for scan and audit-log: same exit code as any format, the
// file written where --output says, the JSON report's numbers on the page. The browser behaviour
// is test/e2e/html-report.test.ts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { json, kubeward } from "./helpers.ts";
import type { JsonReport } from "../../src/report/json-report.ts";

const metric = (html: string, name: string, key?: string) => new RegExp(`data-metric="${name}"${key ? ` data-key="${key}"` : ""}>([^<]*)<`).exec(html)?.[1];

function checkNumbers(html: string, report: JsonReport): void {
  assert.is(metric(html, "findings"), String(report.summary.findings));
  assert.is(metric(html, "resources"), String(report.summary.resources));
  for (const [sev, n] of Object.entries(report.summary.bySeverity)) assert.is(metric(html, "severity", sev), String(n), sev);
  assert.is((html.match(/<tr data-row /g) ?? []).length, report.findings.length);
  for (const fw of ["PSS", "CIS", "NSA", "MITRE"]) {
    const failed = new Set(report.findings.flatMap((f) => f.controls.filter((c) => c.startsWith(`${fw}:`))));
    assert.is(metric(html, "framework-failed", fw), String(failed.size), fw);
  }
}

test("scan --format html --output writes one page (creating the folder) and keeps the exit code", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-html-cli-"));
  try {
    const out = path.join(dir, "reports", "report.html");
    const run = kubeward(["scan", "examples/app", "--format", "html", "--output", out]);
    const jsonRun = kubeward(["scan", "examples/app", "--format", "json"]);
    assert.is(run.status, 1, run.stderr);
    assert.is(run.stdout, "");
    const html = fs.readFileSync(out, "utf8");
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<dd><span class="mono">examples\/app<\/span><\/dd>/);
    checkNumbers(html, json<JsonReport>(jsonRun));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("audit-log --format html: the alerts of a day of audit log, detections judged per framework", () => {
  const log = "examples/audit/cluster-day.jsonl";
  const run = kubeward(["audit-log", log, "--format", "html"]);
  const report = json<JsonReport>(kubeward(["audit-log", log, "--format", "json"]));
  assert.is(run.status, 1, run.stderr);
  assert.ok(report.summary.findings > 0);
  checkNumbers(run.stdout, report);
  assert.match(run.stdout, /<span class="k">events<\/span>/);
});

test("the help names the html format", () => {
  assert.match(kubeward(["scan", "--help"]).stdout, /--format FORMAT .*\| html\b/);
});

test.run();
