// `kubeward scan --helm`: real renders with the pinned helm, findings on chart template lines.
import fs from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { json, kubeward } from "./helpers.ts";

interface JsonReport {
  summary: { files: number; resources: number; findings: number; errors: number };
  findings: { rule: string; file: string; line: number; origin?: string; resource: { kind: string; namespace?: string; name: string } }[];
  errors: { file: string; message: string; code: string }[];
}

const CHART = "examples/helm/shop";
const rows = (r: JsonReport) => r.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.resource.kind}/${f.resource.namespace ?? ""}/${f.resource.name}`);

test("the example chart with its default values renders clean, dependency from charts/ included", () => {
  const run = kubeward(["scan", "--helm", CHART, "--namespace", "shop", "--format", "json"]);
  assert.is(run.status, 0, run.stdout + run.stderr);
  const report = json<JsonReport>(run);
  assert.equal(report.errors, []);
  assert.is(report.summary.resources, 3); // Service, Deployment, and the cache subchart's StatefulSet
  assert.is(report.summary.files, 3);
});

test("values-insecure.yaml: exact findings on template paths and rendered lines, in the release namespace", () => {
  const run = kubeward(["scan", "--helm", CHART, "--namespace", "shop", "--values", `${CHART}/values-insecure.yaml`, "--format", "json"]);
  assert.is(run.status, 1, run.stderr);
  const report = json<JsonReport>(run);
  assert.equal(report.errors, []);
  assert.equal(rows(report), [
    "shop/templates/deployment.yaml:20 pss-host-namespaces Deployment/shop/kubeward-storefront",
    "shop/templates/deployment.yaml:34 dangerous-capabilities Deployment/shop/kubeward-storefront",
    "shop/templates/deployment.yaml:34 pss-capabilities-baseline Deployment/shop/kubeward-storefront",
    "shop/templates/deployment.yaml:37 privileged-container Deployment/shop/kubeward-storefront",
    "shop/templates/deployment.yaml:44 privileged-container Deployment/shop/kubeward-storefront",
  ]);
  assert.is(report.findings[0]?.origin, `rendered from shop/templates/deployment.yaml with values: ${CHART}/values-insecure.yaml`);
});

test("text output says which template and which values produced a finding; --release names the objects", () => {
  const run = kubeward(["scan", "--helm", CHART, "--set", "hostNetwork=true", "--release", "prod", "--no-color"]);
  assert.is(run.status, 1, run.stderr);
  assert.match(run.stdout, "shop/templates/deployment.yaml  (rendered from shop/templates/deployment.yaml with --set hostNetwork)");
  assert.match(run.stdout, "Deployment default/prod-storefront");
});

test("a chart that fails to render: exit 2 with helm's own message", () => {
  const run = kubeward(["scan", "--helm", "test/fixtures/cli/helm/broken", "--format", "json"]);
  assert.is(run.status, 2, run.stdout);
  const report = json<JsonReport>(run);
  assert.is(report.errors.length, 1);
  assert.is(report.errors[0]?.file, "test/fixtures/cli/helm/broken");
  assert.is(report.errors[0]?.code, "render");
  assert.match(report.errors[0]?.message ?? "", "values.name is required");
});

test("helm-only flags without --helm are a usage error", () => {
  const run = kubeward(["scan", "--values", "x.yaml", "examples/app"]);
  assert.is(run.status, 2);
  assert.match(run.stderr, "--values applies to a Helm render");
});

const CORPUS = path.resolve("..", "shared", "corpus", "charts");

test("every chart of the shared corpus renders and scans without errors", () => {
  if (!fs.existsSync(CORPUS)) {
    console.log(`SKIPPED: the chart corpus is absent (${CORPUS}); nothing checked`);
    return;
  }
  const charts = fs.readdirSync(CORPUS).filter((c) => fs.existsSync(path.join(CORPUS, c, "Chart.yaml"))).sort();
  assert.ok(charts.length > 0, "the corpus has charts");
  for (const chart of charts) {
    const run = kubeward(["scan", "--helm", path.join(CORPUS, chart), "--namespace", "monitoring", "--format", "json", "--fail-on", "none"]);
    const report = json<JsonReport>(run);
    assert.equal(report.errors, [], `${chart}: ${JSON.stringify(report.errors)}`);
    assert.is(run.status, 0, `${chart}: ${run.stderr}`);
    assert.ok(report.summary.resources > 0, `${chart} rendered no resources`);
    for (const f of report.findings) assert.match(f.file, new RegExp(`^${chart}/templates/`), `${chart}: finding file ${f.file}`);
  }
  console.log(`corpus: ${charts.length} charts rendered and scanned (${charts.join(", ")})`);
});

test.run();
