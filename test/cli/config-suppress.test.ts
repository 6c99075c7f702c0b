// CLI scenarios for kubeward.yaml and suppressions, in temporary project directories.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { json, kubeward } from "./helpers.ts";

interface Finding { rule: string; severity: string; message: string; file: string; line: number; resource: { kind: string; name: string } }
interface Report {
  summary: { findings: number; suppressed: number; bySeverity: Record<string, number> };
  findings: Finding[];
  suppressed: (Finding & { suppression: { kind: string; justification?: string; expires?: string; source: string } })[];
  errors: { file: string; line?: number; message: string }[];
}

const PRIVILEGED = (annotations: Record<string, string> = {}) =>
  [
    "apiVersion: v1",
    "kind: Pod",
    "metadata:",
    "  name: web",
    "  namespace: shop",
    ...(Object.keys(annotations).length > 0 ? ["  annotations:", ...Object.entries(annotations).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`)] : []),
    "spec:",
    "  containers:",
    "    - name: web",
    "      image: registry.example/web:1.0",
    "      securityContext:",
    "        privileged: true",
    "",
  ].join("\n");

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-cfg-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const reportSchema = JSON.parse(fs.readFileSync("schemas/report.schema.json", "utf8")) as Record<string, unknown>;
const validateReport = new Ajv({ allErrors: true, strict: false }).compile(reportSchema);

test("kubeward.yaml is found upwards; failOn, severity overrides and disable apply; flags win", () => {
  const dir = project({
    "kubeward.yaml": "failOn: critical\nseverity:\n  privileged-container: medium\n",
    "k8s/pod.yaml": PRIVILEGED(),
  });
  const sub = path.join(dir, "k8s");
  const run = kubeward(["scan", "pod.yaml", "--format", "json"], { cwd: sub });
  assert.is(run.status, 0, run.stdout + run.stderr);
  const report = json<Report>(run);
  assert.is(report.findings.find((f) => f.rule === "privileged-container")?.severity, "medium");
  assert.is(kubeward(["scan", "pod.yaml", "--fail-on", "medium"], { cwd: sub }).status, 1, "--fail-on wins over failOn");
  fs.writeFileSync(path.join(dir, "other.yaml"), "rules:\n  disable: [privileged-container]\n");
  const other = json<Report>(kubeward(["scan", "pod.yaml", "--format", "json", "--config", "../other.yaml"], { cwd: sub }));
  assert.not.ok(other.findings.some((f) => f.rule === "privileged-container"), "--config replaces the found file");
  fs.rmSync(dir, { recursive: true, force: true });
});

test("an invalid kubeward.yaml: exit 2, file, line, key and what is allowed", () => {
  const dir = project({ "kubeward.yaml": "bundle: all\nrules:\n  disable: [privileged-contaner]\n", "pod.yaml": PRIVILEGED() });
  const run = kubeward(["scan", "pod.yaml"], { cwd: dir });
  assert.is(run.status, 2);
  assert.match(run.stderr, 'kubeward.yaml:3: rules.disable[0]: unknown rule id "privileged-contaner"');
  fs.rmSync(dir, { recursive: true, force: true });
});

test("paths.exclude keeps generated files out of a directory scan", () => {
  const dir = project({ "kubeward.yaml": "paths:\n  exclude: ['generated/']\n", "k8s/pod.yaml": PRIVILEGED(), "generated/pod.yaml": PRIVILEGED() });
  const report = json<Report>(kubeward(["scan", ".", "--format", "json"], { cwd: dir }));
  assert.equal([...new Set(report.findings.map((f) => f.file))], ["k8s/pod.yaml"]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("an annotation with a reason suppresses: counted, listed in JSON, --show-suppressed, SARIF suppressions", () => {
  const dir = project({ "pod.yaml": PRIVILEGED({ "kubeward.io/ignore": "privileged-container", "kubeward.io/ignore-reason": "the CNI agent needs it" }) });
  const run = kubeward(["scan", "pod.yaml", "--format", "json", "--fail-on", "high"], { cwd: dir });
  assert.is(run.status, 0, run.stdout);
  const report = json<Report>(run);
  assert.not.ok(report.findings.some((f) => f.rule === "privileged-container"));
  assert.is(report.summary.suppressed, 1);
  assert.is(report.suppressed[0]?.rule, "privileged-container");
  assert.equal(report.suppressed[0]?.suppression, { kind: "inSource", source: "pod.yaml:7", justification: "the CNI agent needs it" });
  assert.ok(validateReport(report), JSON.stringify(validateReport.errors));

  const text = kubeward(["scan", "pod.yaml", "--fail-on", "high"], { cwd: dir });
  assert.match(text.stdout, "1 suppressed (--show-suppressed lists them)");
  assert.not.match(text.stdout, "is privileged");
  const shown = kubeward(["scan", "pod.yaml", "--fail-on", "high", "--show-suppressed"], { cwd: dir });
  assert.match(shown.stdout, /Suppressed\n {2}pod\.yaml:\d+ {2}privileged-container {2}container "web" is privileged/);
  assert.match(shown.stdout, "annotation pod.yaml:7: the CNI agent needs it");

  const sarif = JSON.parse(kubeward(["scan", "pod.yaml", "--format", "sarif"], { cwd: dir }).stdout) as { runs: { results: { ruleId: string; suppressions?: unknown }[] }[] };
  const sarifSchema = JSON.parse(fs.readFileSync("schemas/sarif-2.1.0.json", "utf8")) as Record<string, unknown>;
  delete sarifSchema.$schema;
  const sarifAjv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(sarifAjv);
  const validateSarif = sarifAjv.compile(sarifSchema);
  assert.ok(validateSarif(sarif), JSON.stringify(validateSarif.errors, null, 2));
  const suppressedResult = sarif.runs[0]!.results.find((r) => r.ruleId === "privileged-container");
  assert.equal(suppressedResult?.suppressions, [{ kind: "inSource", justification: "the CNI agent needs it" }]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a suppression without a reason is itself a low finding at the annotation's line", () => {
  const dir = project({ "pod.yaml": PRIVILEGED({ "kubeward.io/ignore": "*" }) });
  const run = kubeward(["scan", "pod.yaml", "--format", "json"], { cwd: dir });
  assert.is(run.status, 1);
  const report = json<Report>(run);
  assert.equal(report.findings.map((f) => [f.rule, f.severity, f.line]), [["suppression-without-reason", "low", 7]]);
  assert.ok(report.summary.suppressed >= 1);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("an expired suppression stops suppressing and says so", () => {
  const dir = project({ "pod.yaml": PRIVILEGED({ "kubeward.io/ignore": "privileged-container", "kubeward.io/ignore-reason": "migration", "kubeward.io/ignore-until": "2020-01-31" }) });
  const report = json<Report>(kubeward(["scan", "pod.yaml", "--format", "json"], { cwd: dir }));
  const f = report.findings.find((x) => x.rule === "privileged-container");
  assert.match(f?.message ?? "", '(suppression expired on 2020-01-31, pod.yaml:7)');
  assert.is(report.summary.suppressed, 0);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("an unreadable ignore-until is an error at its line and does not suppress", () => {
  const dir = project({ "pod.yaml": PRIVILEGED({ "kubeward.io/ignore": "*", "kubeward.io/ignore-reason": "x", "kubeward.io/ignore-until": "soon" }) });
  const run = kubeward(["scan", "pod.yaml", "--format", "json"], { cwd: dir });
  assert.is(run.status, 2);
  const report = json<Report>(run);
  assert.equal(report.errors.map((e) => [e.file, e.line]), [["pod.yaml", 9]]);
  assert.ok(report.findings.some((f) => f.rule === "privileged-container"));
  fs.rmSync(dir, { recursive: true, force: true });
});

test("config exceptions: globbed resource selector, external kind; one without a reason is a finding at its line", () => {
  const dir = project({
    "kubeward.yaml": [
      "exceptions:",
      "  - rule: privileged-container",
      "    resource: {kind: Pod, namespace: 'sh*', name: 'w?b'}",
      "    reason: reviewed in SEC-42",
      "    expires: 2999-12-31",
      "  - rule: 'host-*'",
      "",
    ].join("\n"),
    "pod.yaml": PRIVILEGED(),
  });
  const run = kubeward(["scan", "pod.yaml", "--format", "json"], { cwd: dir });
  const report = json<Report>(run);
  assert.equal(report.suppressed.find((f) => f.rule === "privileged-container")?.suppression, { kind: "external", source: "kubeward.yaml:2", justification: "reviewed in SEC-42", expires: "2999-12-31" });
  const noReason = report.findings.filter((f) => f.rule === "suppression-without-reason");
  assert.equal(noReason.map((f) => [f.file, f.line]), [["kubeward.yaml", 6]]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("--inventory-from: the staged file is judged against the whole repository but only it is reported", () => {
  const deployment = fs.readFileSync("policies/rules/workloads/pdb-missing/examples/allowed/deployment-with-pdb.yaml", "utf8").split("\n---\n");
  const dir = project({
    "kubeward.yaml": "rules:\n  enable: [pdb-missing]\n",
    "k8s/deployment.yaml": deployment[0]!,
    "k8s/pdb.yaml": deployment[1]!,
    "k8s/other.yaml": PRIVILEGED(),
  });
  const alone = json<Report>(kubeward(["scan", "k8s/deployment.yaml", "--format", "json"], { cwd: dir }));
  assert.ok(alone.findings.some((f) => f.rule === "pdb-missing"), "without the inventory the PDB is unseen");
  const withRepo = json<Report>(kubeward(["scan", "k8s/deployment.yaml", "--inventory-from", ".", "--format", "json"], { cwd: dir }));
  assert.not.ok(withRepo.findings.some((f) => f.rule === "pdb-missing"), "the PDB elsewhere in the repository counts");
  assert.equal([...new Set(withRepo.findings.map((f) => f.file))].filter((f) => f !== "k8s/deployment.yaml"), [], "only the given file is reported");
  fs.writeFileSync(path.join(dir, "kubeward.yaml"), "rules:\n  enable: [pdb-missing]\ninventory:\n  from: [k8s]\n");
  const fromConfig = json<Report>(kubeward(["scan", "k8s/deployment.yaml", "--format", "json"], { cwd: dir }));
  assert.not.ok(fromConfig.findings.some((f) => f.rule === "pdb-missing"), "inventory.from in kubeward.yaml");
  fs.rmSync(dir, { recursive: true, force: true });
});

test.run();
