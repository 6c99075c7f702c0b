import { test } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import { Ajv } from "ajv";
import { buildReport } from "../../../src/report/build-report.ts";
import { blockingFindings, exitCodeFor } from "../../../src/report/exit-code.ts";
import { toJsonReport } from "../../../src/report/json-report.ts";
import type { Report } from "../../../src/types.ts";
import { CATALOG, DOCS, cleanReport, fixtureReport } from "../../fixtures/engine/report.ts";

test("findings are dressed from the catalogue, located, de-duplicated and sorted", () => {
  const r = fixtureReport();
  assert.equal(
    r.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.severity}`),
    [
      "manifests/app.yaml:10 run-as-non-root medium", // path resolves only as far as containers[0]
      "manifests/app.yaml:14 privileged-container high", // reported twice, kept once
      "manifests/pod.yaml:1 latest-tag low", // no path: the resource's line
      "manifests/pod.yaml:1 probes info", // path does not resolve at all: the resource's line
      "manifests/pod.yaml:6 host-namespaces critical",
    ],
  );
  assert.equal(r.findings[1], {
    rule: "privileged-container",
    title: "Privileged containers",
    severity: "high",
    category: "pod-security",
    controls: ["PSS:baseline:privileged", "CIS:5.2.2"],
    message: 'container "web" is privileged',
    file: "manifests/app.yaml",
    line: 14,
    resource: { apiVersion: "apps/v1", kind: "Deployment", namespace: "default", name: "web" },
    path: "spec.template.spec.containers[0].securityContext.privileged",
  });
  assert.not.ok("path" in r.findings[2]!);
});

test("the summary counts files, resources, skipped, findings and errors by severity", () => {
  assert.equal(fixtureReport().summary, { files: 3, resources: 3, findings: 5, errors: 1, bySeverity: { critical: 1, high: 1, medium: 1, low: 1, info: 1 }, skipped: 1, suppressed: 0 });
  assert.equal(fixtureReport().rules.map((r) => r.id), ["host-namespaces", "latest-tag", "privileged-container", "probes", "run-as-non-root"]);
});

test("errors are sorted by file and line; a finding for an unknown rule becomes an error", () => {
  const r = buildReport({
    bundle: "b",
    version: "0",
    files: 2,
    documents: [DOCS.web],
    skipped: 0,
    violations: [{ doc: DOCS.web, violations: [{ rule: "ghost", msg: "boo" }] }],
    errors: [
      { file: "z.yaml", line: 1, message: "z", code: "parse" },
      { file: "a.yaml", line: 9, message: "a9", code: "parse" },
      { file: "a.yaml", line: 2, message: "a2", code: "parse" },
    ],
    catalog: CATALOG,
  });
  assert.equal(r.errors.map((e) => `${e.file}:${e.line}`), ["a.yaml:2", "a.yaml:9", "manifests/app.yaml:1", "z.yaml:1"]);
  assert.match(r.errors[2]!.message, /rule ghost/);
  assert.is(r.findings.length, 0);
});

test("exit code: 2 on any error, 1 on a finding at or above fail-on, else 0", () => {
  const withErrors = fixtureReport();
  assert.is(exitCodeFor(withErrors, "none"), 2);
  const noErrors: Report = { ...withErrors, errors: [] };
  assert.is(exitCodeFor(noErrors, "info"), 1);
  assert.is(exitCodeFor(noErrors, "critical"), 1);
  const onlyLow: Report = { ...noErrors, findings: noErrors.findings.filter((f) => f.severity === "low" || f.severity === "info") };
  assert.is(exitCodeFor(onlyLow, "medium"), 0);
  assert.is(exitCodeFor(onlyLow, "low"), 1);
  assert.is(exitCodeFor(onlyLow, "none"), 0);
  assert.is(exitCodeFor(cleanReport(), "info"), 0);
  assert.equal(blockingFindings(noErrors, "high").map((f) => f.rule), ["privileged-container", "host-namespaces"]);
});

const ajv = new Ajv({ allErrors: true });
const validateJson = ajv.compile(JSON.parse(fs.readFileSync("schemas/report.schema.json", "utf8")) as object);

test("toJsonReport is the DESIGN.md §5 shape and validates against schemas/report.schema.json", () => {
  const json = toJsonReport(fixtureReport());
  // `suppressed` is additive to §5 and comes last (docs/suppressions.md).
  assert.equal(Object.keys(json), ["tool", "bundle", "summary", "findings", "errors", "suppressed"]);
  assert.not.ok("rules" in json);
  assert.equal(json.summary, { files: 3, resources: 3, findings: 5, errors: 1, bySeverity: { critical: 1, high: 1, medium: 1, low: 1, info: 1 }, skipped: 1, suppressed: 0 });
  assert.equal(Object.keys(json.findings[0]!), ["rule", "title", "severity", "category", "controls", "message", "file", "line", "resource", "path"]);
  assert.equal(json.errors, [{ file: "broken.yaml", line: 3, message: "could not parse YAML: bad indentation of a mapping entry", code: "parse" }]);
  assert.ok(validateJson(json), JSON.stringify(validateJson.errors));
  assert.ok(validateJson(toJsonReport(cleanReport())), JSON.stringify(validateJson.errors));
});

test("the report schema rejects what the contract does not have", () => {
  const json = toJsonReport(fixtureReport()) as unknown as Record<string, unknown>;
  assert.not.ok(validateJson({ ...json, rules: [] }));
  assert.not.ok(validateJson({ ...json, findings: [{ rule: "x" }] }));
});

test.run();
