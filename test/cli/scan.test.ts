// CLI scenarios against the built bundle: what a user sees, exit codes included.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { json, kubeward } from "./helpers.ts";

interface JsonReport {
  tool: { name: string; version: string };
  bundle: string;
  summary: { files: number; resources: number; findings: number; errors: number; bySeverity: Record<string, number> };
  findings: { rule: string; severity: string; message: string; file: string; line: number; resource: { kind: string; name: string; namespace?: string }; path?: string }[];
  errors: { file: string; line?: number; message: string }[];
}

const FIX = "test/fixtures/cli";

test("a pod whose line 12 is privileged: true exits 1 with a finding on line 12", () => {
  const run = kubeward(["scan", `${FIX}/privileged-pod.yaml`, "--format", "json"]);
  assert.is(run.status, 1, run.stderr);
  const report = json<JsonReport>(run);
  const privileged = report.findings.filter((f) => f.rule === "privileged-container");
  assert.is(privileged.length, 1);
  assert.is(privileged[0]?.line, 12);
  assert.is(privileged[0]?.file, `${FIX}/privileged-pod.yaml`);
  assert.is(privileged[0]?.path, "spec.containers[0].securityContext.privileged");
  assert.equal(privileged[0]?.resource, { apiVersion: "v1", kind: "Pod", namespace: "default", name: "web" });
  assert.is(report.tool.name, "kubeward");
  assert.is(report.bundle, "recommended");
});

test("a Restricted-compliant pod exits 0 with no findings", () => {
  const run = kubeward(["scan", `${FIX}/restricted/pod.yaml`, "--format", "json"]);
  assert.is(run.status, 0, run.stdout + run.stderr);
  const report = json<JsonReport>(run);
  assert.equal(report.findings, []);
  assert.is(report.summary.resources, 1);
});

test("a broken YAML file beside a bad manifest: exit 2, the error has file and line, the findings are still there", () => {
  const run = kubeward(["scan", `${FIX}/mixed`, "--format", "json"]);
  assert.is(run.status, 2);
  const report = json<JsonReport>(run);
  assert.is(report.errors.length, 1);
  assert.is(report.errors[0]?.file, `${FIX}/mixed/broken.yaml`);
  assert.ok((report.errors[0]?.line ?? 0) >= 6 && (report.errors[0]?.line ?? 0) <= 7, `line ${report.errors[0]?.line}`);
  const hostPid = report.findings.filter((f) => f.file === `${FIX}/mixed/bad.yaml`);
  assert.ok(hostPid.length >= 1, "the bad manifest's findings are reported");
  assert.is(hostPid[0]?.line, 13);
  assert.is(report.summary.errors, 1);
  assert.is(report.summary.files, 3);
});

test("text output groups by file, names the rule and ends with a summary line", () => {
  const run = kubeward(["scan", `${FIX}/privileged-pod.yaml`, "--no-color"]);
  assert.is(run.status, 1);
  assert.match(run.stdout, `${FIX}/privileged-pod.yaml`);
  assert.match(run.stdout, "privileged-container");
  assert.match(run.stdout, /container "web" is privileged/);
  assert.not.ok(run.stdout.includes("\u001b["), "no ANSI escapes");
  assert.match(run.stdout, /1 resource/);
});

test("colour: FORCE_COLOR forces it, NO_COLOR and --no-color win, machine formats never have it", () => {
  const forced = kubeward(["scan", `${FIX}/privileged-pod.yaml`], { env: { FORCE_COLOR: "1" } });
  assert.ok(forced.stdout.includes("\u001b["), "ANSI colour with FORCE_COLOR=1");
  const noColor = kubeward(["scan", `${FIX}/privileged-pod.yaml`], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
  assert.not.ok(noColor.stdout.includes("\u001b["), "NO_COLOR wins");
  const flag = kubeward(["scan", `${FIX}/privileged-pod.yaml`, "--no-color"], { env: { FORCE_COLOR: "1" } });
  assert.not.ok(flag.stdout.includes("\u001b["), "--no-color wins");
  const machine = kubeward(["scan", `${FIX}/privileged-pod.yaml`, "--format", "json"], { env: { FORCE_COLOR: "1" } });
  assert.not.ok(machine.stdout.includes("\u001b["), "json is never coloured");
});

test("stdin is scanned with -", () => {
  const run = kubeward(["scan", "-", "--format", "json"], { input: fs.readFileSync(`${FIX}/privileged-pod.yaml`, "utf8") });
  assert.is(run.status, 1, run.stderr);
  const report = json<JsonReport>(run);
  assert.ok(report.findings.some((f) => f.rule === "privileged-container" && f.line === 12 && f.file === "<stdin>"));
});

test("--fail-on decides exit 1: none and critical let high findings pass", () => {
  assert.is(kubeward(["scan", `${FIX}/privileged-pod.yaml`, "--fail-on", "none", "--format", "json"]).status, 0);
  assert.is(kubeward(["scan", `${FIX}/privileged-pod.yaml`, "--fail-on", "critical", "--format", "json"]).status, 0);
  assert.is(kubeward(["scan", `${FIX}/privileged-pod.yaml`, "--fail-on", "high", "--format", "json"]).status, 1);
});

test("--output writes the report to a file and prints nothing", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-cli-"));
  const out = path.join(dir, "nested", "report.json");
  const run = kubeward(["scan", `${FIX}/privileged-pod.yaml`, "--format", "json", "--output", out]);
  assert.is(run.status, 1);
  assert.is(run.stdout, "");
  assert.ok((JSON.parse(fs.readFileSync(out, "utf8")) as JsonReport).findings.length >= 1);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("SARIF output of a real scan validates against the official SARIF 2.1.0 schema", () => {
  const run = kubeward(["scan", "examples/", "--format", "sarif"]);
  assert.is(run.status, 1, run.stderr);
  const schema = JSON.parse(fs.readFileSync("schemas/sarif-2.1.0.json", "utf8")) as Record<string, unknown>;
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  const sarif = JSON.parse(run.stdout) as { runs: { results: unknown[] }[] };
  assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
  assert.ok(sarif.runs[0]!.results.length > 0);
});

test("--format github annotates the file and line of each finding", () => {
  const run = kubeward(["scan", `${FIX}/privileged-pod.yaml`, "--format", "github"]);
  assert.is(run.status, 1);
  assert.match(run.stdout, `::error file=${FIX}/privileged-pod.yaml,line=12,title=privileged-container (high)::container "web" is privileged`);
});

test("non-Kubernetes YAML is skipped, not an error", () => {
  const run = kubeward(["scan", `${FIX}/mixed/values.yaml`, "--format", "json"]);
  assert.is(run.status, 0, run.stdout + run.stderr);
  const report = json<JsonReport>(run);
  assert.is(report.summary.resources, 0);
  assert.equal(report.errors, []);
});

test("a missing path is an error naming it, and the other paths are still scanned", () => {
  const run = kubeward(["scan", "does-not-exist.yaml", `${FIX}/privileged-pod.yaml`, "--format", "json"]);
  assert.is(run.status, 2);
  const report = json<JsonReport>(run);
  assert.ok(report.errors.some((e) => e.file.includes("does-not-exist.yaml")));
  assert.ok(report.findings.some((f) => f.rule === "privileged-container"));
});

test("usage errors exit 2 with a message, never a stack", () => {
  const bad = kubeward(["scan", "--format", "xml", FIX]);
  assert.is(bad.status, 2);
  assert.match(bad.stderr, /--format must be one of text, json, sarif, junit/);
  const unknown = kubeward(["scan", "--frobnicate"]);
  assert.is(unknown.status, 2);
  assert.match(unknown.stderr, /frobnicate/);
  assert.not.match(unknown.stderr, /at .*\.mjs/);
  const bundle = kubeward(["scan", "--bundle", "nope", FIX]);
  assert.is(bundle.status, 2);
  assert.match(bundle.stderr, /bundle nope not found.*known bundles: all, .*recommended/);
});

test("a bundle file that breaks the bundle schema is a usage error naming the file once", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-bundle-"));
  const file = path.join(dir, "mine.yaml");
  fs.writeFileSync(file, "name: mine\nselect: {categories: [pod-security]}\n");
  const run = kubeward(["scan", "--bundle", file, FIX]);
  assert.is(run.status, 2);
  assert.is(run.stderr.split(file).length - 1, 1, run.stderr);
  assert.match(run.stderr, /invalid bundle: .*description/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("--version and --help", () => {
  const v = kubeward(["--version"]);
  assert.is(v.status, 0);
  assert.match(v.stdout, /^kubeward \d+\.\d+\.\d+/);
  for (const cmd of ["scan", "test", "build"]) {
    const h = kubeward([cmd, "--help"]);
    assert.is(h.status, 0);
    assert.match(h.stdout, new RegExp(`Usage: kubeward ${cmd}`));
  }
});

test.run();
