// Offline snapshots (`kubectl get -o json` Lists) and captured AdmissionReviews, scanned as files.
import fs from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { json, kubeward } from "./helpers.ts";

interface JsonReport {
  summary: { files: number; resources: number; skipped: number };
  findings: { rule: string; file: string; line: number; origin?: string; resource: { kind: string; namespace?: string; name: string } }[];
  errors: { file: string; line?: number; message: string }[];
}
const rows = (r: JsonReport) => r.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.resource.kind}/${f.resource.namespace ?? ""}/${f.resource.name}`);

test("a cluster dump (List with managedFields, status, ownerReferences): exact findings, no errors", () => {
  const run = kubeward(["scan", "examples/cluster-dump/dump.json", "--format", "json"]);
  assert.is(run.status, 1, run.stderr);
  const report = json<JsonReport>(run);
  assert.equal(report.errors, []);
  assert.is(report.summary.resources, 3);
  assert.equal(rows(report), [
    "examples/cluster-dump/dump.json:365 pss-host-namespaces DaemonSet/monitoring/node-exporter",
    "examples/cluster-dump/dump.json:366 pss-host-namespaces DaemonSet/monitoring/node-exporter",
    "examples/cluster-dump/dump.json:370 pss-host-path-volumes DaemonSet/monitoring/node-exporter",
    "examples/cluster-dump/dump.json:371 sensitive-host-path DaemonSet/monitoring/node-exporter",
  ]);
});

test("the same dump as YAML (kubectl get -o yaml) finds the same things", () => {
  const yaml = kubeward(["scan", "-", "--format", "json"], { input: toYamlish() });
  const report = json<JsonReport>(yaml);
  assert.equal(report.errors, []);
  assert.equal(report.findings.map((f) => f.rule), ["pss-host-namespaces", "pss-host-namespaces", "pss-host-path-volumes", "sensitive-host-path"]);
});

/** JSON is YAML: a dump piped as `-o yaml`-like flow text still parses as one List. */
function toYamlish(): string {
  return `# kubectl get deploy,pod,ds -A -o yaml\n${JSON.stringify(JSON.parse(kubewardCat("examples/cluster-dump/dump.json")))}\n`;
}
function kubewardCat(file: string): string {
  return fs.readFileSync(file, "utf8");
}

test("AdmissionReviews: request.object reviewed with the request's operation; DELETE allowed; lines point into the review file", () => {
  const run = kubeward(["scan", "examples/admission/", "--format", "json"]);
  assert.is(run.status, 1, run.stderr);
  const report = json<JsonReport>(run);
  assert.equal(report.errors, []);
  assert.is(report.summary.files, 4);
  assert.is(report.summary.resources, 3);
  assert.is(report.summary.skipped, 1); // the DELETE review
  assert.equal(rows(report), [
    "examples/admission/create-privileged-pod.json:69 privileged-container Pod/shop/debug",
    "examples/admission/update-adds-privileged.json:69 privileged-container Pod/shop/web",
  ]);
  assert.is(report.findings[1]?.origin, "AdmissionReview 3f2e1d0c-0003-4000-8000-00000000a003 (UPDATE in shop by alice@example.com)");
});

test("a malformed AdmissionReview is an error with file and line, and other files still report", () => {
  const bad = JSON.stringify({ apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview", request: { operation: "CREATE" } });
  const run = kubeward(["scan", "-", "examples/admission/create-privileged-pod.json", "--format", "json"], { input: bad });
  assert.is(run.status, 2);
  const report = json<JsonReport>(run);
  assert.equal(report.errors.map((e) => `${e.file}:${e.line} ${e.message}`), ["<stdin>:1 invalid AdmissionReview: request.uid is missing"]);
  assert.is(report.findings.length, 1);
});

test.run();
