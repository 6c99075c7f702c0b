// `kubeward scan --kustomize`: real renders with the pinned kustomize (and helm for helmCharts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { json, kubeward } from "./helpers.ts";

interface JsonReport {
  summary: { resources: number; errors: number };
  findings: { rule: string; file: string; line: number; origin?: string; resource: { kind: string; namespace?: string; name: string } }[];
  errors: { file: string; message: string; code: string }[];
}

const OVERLAYS = "examples/kustomize/overlays";
const rows = (r: JsonReport) => r.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.resource.kind}/${f.resource.namespace ?? ""}/${f.resource.name}`);

function scanKustomize(dir: string) {
  const run = kubeward(["scan", "--kustomize", dir, "--format", "json"]);
  const report = json<JsonReport>(run);
  // The one way this suite can fail for a reason outside kubeward: say it plainly.
  const missing = report.errors.find((e) => e.code === "tool-missing");
  assert.not.ok(missing, `kustomize is not installed: ${missing?.message} (run node scripts/bootstrap.mjs --only kustomize)`);
  return { run, report };
}

test("the staging overlay of the compliant base renders clean", () => {
  const { run, report } = scanKustomize(`${OVERLAYS}/staging`);
  assert.is(run.status, 0, run.stdout + run.stderr);
  assert.is(report.summary.resources, 2);
});

test("the debug overlay's privileged sidecar: the finding points at the rendered stream's line", () => {
  const { run, report } = scanKustomize(`${OVERLAYS}/debug`);
  assert.is(run.status, 1, run.stderr);
  assert.equal(rows(report), [`kustomize:${OVERLAYS}/debug:32 privileged-container Deployment/debug/orders`]);
  assert.match(report.findings[0]?.origin ?? "", "rendered by kustomize build");
});

// kustomize v5.8.1 does not apply `namespace:` to helmCharts output: the DaemonSet has none (as kustomize prints it).
test("helmCharts are rendered through the pinned helm and scanned, not skipped", () => {
  const { run, report } = scanKustomize(`${OVERLAYS}/with-chart`);
  assert.is(run.status, 1, run.stderr);
  assert.equal(rows(report), [`kustomize:${OVERLAYS}/with-chart:74 pss-host-namespaces DaemonSet//agent-node-agent`]);
  assert.is(report.summary.resources, 3);
});

test("a kustomization that does not build: exit 2 with kustomize's message", () => {
  const run = kubeward(["scan", "--kustomize", "examples/kustomize/base/deployment.yaml", "--format", "json"]);
  assert.is(run.status, 2, run.stdout);
  const report = json<JsonReport>(run);
  assert.is(report.errors.length, 1);
  assert.is(report.errors[0]?.code, "render");
  assert.match(report.errors[0]?.message ?? "", "kustomize build failed");
});

test.run();
