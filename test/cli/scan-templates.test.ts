// `kubeward scan --templates DIR`: foreign Gatekeeper ConstraintTemplates and Constraints applied to
// manifests as findings (rule <Kind>/<name>, severity from enforcementAction, file:line), alone with
// --bundle none or beside the library's rules.
import fs from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { json, kubeward } from "./helpers.ts";

interface Report {
  bundle: string;
  summary: { findings: number; errors: number };
  findings: { rule: string; severity: string; category: string; message: string; file: string; line: number; resource: { kind: string; name: string; namespace?: string } }[];
  errors: { file: string; line?: number; message: string }[];
}

const GK = "test/fixtures/gatekeeper";
const PRIV = `${GK}/library/k8spspprivilegedcontainer`;

test("--bundle none: only the constraints' violations, named <Kind>/<name>, at the resource's line; matches and exemptions apply", () => {
  const run = kubeward(["scan", `${PRIV}/samples`, "--templates", PRIV, "--bundle", "none", "--format", "json"]);
  assert.is(run.status, 1, run.stderr);
  const report = json<Report>(run);
  assert.is(report.bundle, "none");
  assert.equal(report.errors, []);
  assert.equal(
    report.findings.map((f) => `${f.rule} ${f.severity} ${f.file}:${f.line} ${f.resource.name}`),
    [
      `K8sPSPPrivilegedContainer/psp-privileged-container high ${PRIV}/samples/privileged-init.yaml:1 nginx-privileged-init`,
      `K8sPSPPrivilegedContainer/psp-privileged-container high ${PRIV}/samples/privileged.yaml:1 nginx-privileged-disallowed`,
    ],
  );
  assert.is(report.findings[1]?.message, 'Privileged container is not allowed: nginx, securityContext: {"privileged": true}');
  assert.is(report.findings[0]?.category, "gatekeeper");
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const valid = ajv.validate(JSON.parse(fs.readFileSync("schemas/report.schema.json", "utf8")), report);
  assert.ok(valid, JSON.stringify(ajv.errors));
});

test("beside the library bundle: the library's findings and the constraint's on the same pod", () => {
  const run = kubeward(["scan", `${PRIV}/samples/privileged.yaml`, "--templates", PRIV, "--format", "json"]);
  assert.is(run.status, 1);
  const report = json<Report>(run);
  assert.is(report.bundle, "recommended");
  const rules = report.findings.map((f) => f.rule);
  assert.ok(rules.includes("privileged-container"), rules.join(" "));
  assert.ok(rules.includes("K8sPSPPrivilegedContainer/psp-privileged-container"), rules.join(" "));
});

test("external_data answered from --external-data; enforcementAction warn is medium, so --fail-on high passes", () => {
  const run = kubeward(["scan", `${GK}/external-data/samples`, "--templates", `${GK}/external-data`, "--external-data", `${GK}/external-data/answers.json`, "--bundle", "none", "--format", "json", "--fail-on", "high"]);
  assert.is(run.status, 0, run.stderr);
  const report = json<Report>(run);
  const gk = report.findings.filter((f) => f.rule === "K8sImageVerified/images-must-be-verified");
  assert.equal(gk.map((f) => `${f.severity} ${f.resource.name}: ${f.message}`).sort(), [
    "medium mixed: image registry.example/broken:1 could not be verified: signature expired",
    "medium mixed: image registry.example/shop:0.9 is unsigned",
    'medium unknown: image docker.io/library/nginx:1.27 could not be verified: key "docker.io/library/nginx:1.27" is not in the external data file for provider image-verifier',
  ]);
});

test("a template that does not compile is an error with its file and line; the other templates still apply", () => {
  const run = kubeward(["scan", `${PRIV}/samples/privileged.yaml`, "--templates", `${GK}/broken/bad-template`, "--templates", PRIV, "--bundle", "none", "--format", "json"]);
  assert.is(run.status, 2);
  const report = json<Report>(run);
  assert.equal(report.errors.map((e) => `${e.file}:${e.line}`), [`${GK}/broken/bad-template/template.yaml:17`]);
  assert.is(report.findings.length, 1);
});

test("templates and constraints from separate --templates paths; a Constraint whose parameters break its template's schema, or whose kind no template defines, is an error and the others still apply", () => {
  const L = `${GK}/library/k8srequiredlabels`;
  const run = kubeward(["scan", `${L}/samples`, "--templates", `${L}/template.yaml`, "--templates", `${L}/constraint.yaml`, "--templates", `${GK}/parameters/wrong-type.yaml`, "--templates", `${GK}/library/k8shttpsonly/constraint.yaml`, "--bundle", "none", "--format", "json"]);
  assert.is(run.status, 2, run.stderr);
  const report = json<Report>(run);
  assert.equal(report.findings.map((f) => `${f.rule} ${f.resource.name}`).sort(), ["K8sRequiredLabels/all-must-have-owner bad-owner", "K8sRequiredLabels/all-must-have-owner disallowed-namespace"]);
  assert.equal(report.errors.map((e) => `${e.file}:${e.line}`).sort(), [`${GK}/library/k8shttpsonly/constraint.yaml:1`, `${GK}/parameters/wrong-type.yaml:12`]);
  assert.match(report.errors.find((e) => e.file.endsWith("wrong-type.yaml"))!.message, "its parameters do not match the ConstraintTemplate k8srequiredlabels's schema: spec.parameters.labels must be array");
  assert.match(report.errors.find((e) => e.file.endsWith("constraint.yaml"))!.message, "no ConstraintTemplate given with --templates defines kind K8sHttpsOnly");
});

test("--bundle none without --templates, and --external-data without --templates, are usage errors", () => {
  const none = kubeward(["scan", PRIV, "--bundle", "none"]);
  assert.is(none.status, 2);
  assert.match(none.stderr, "--bundle none leaves nothing to check");
  const ext = kubeward(["scan", PRIV, "--external-data", `${GK}/external-data/answers.json`]);
  assert.is(ext.status, 2);
  assert.match(ext.stderr, "--external-data answers Gatekeeper templates");
});

test.run();
