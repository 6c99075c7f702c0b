// --format grafeas: Grafeas v1 COMPLIANCE notes and occurrences, validated against the message
// shapes in schemas/grafeas.schema.json (written from the grafeas.v1 protos).
import fs from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Ajv } from "ajv";
import { formatReport } from "../../../src/formatters/formatters.ts";
import { resourceUri } from "../../../src/formatters/grafeas.ts";
import { cleanReport, fixtureReport } from "../../fixtures/engine/report.ts";

const ctx = { color: false, cwd: "/work/repo" };
const validate = new Ajv({ strict: true, allErrors: true, validateFormats: false }).compile(JSON.parse(fs.readFileSync("schemas/grafeas.schema.json", "utf8")) as object);

interface Output {
  batchCreateNotes: { parent: string; notes: Record<string, { name: string; kind: string; compliance: { title: string; version: { cpeUri: string; version: string; benchmarkDocument: string }[]; scanInstructions: string; cisBenchmark?: { severity: string }; remediation: string } }> };
  batchCreateOccurrences: { parent: string; occurrences: { resourceUri: string; noteName: string; kind: string; remediation: string; compliance: { nonCompliantFiles: { path: string; displayCommand: string; reason: string }[]; nonComplianceReason: string } }[] };
}

test("grafeas output validates against the Grafeas v1 message shapes", () => {
  for (const report of [fixtureReport(), cleanReport()]) {
    const out = JSON.parse(formatReport("grafeas", report, ctx)) as unknown;
    assert.ok(validate(out), JSON.stringify(validate.errors, null, 2));
  }
  // and the schema is really checking: a snake_case field name or an unknown kind is rejected
  const bad = JSON.parse(formatReport("grafeas", fixtureReport(), ctx)) as Output;
  const occ = bad.batchCreateOccurrences.occurrences[0] as unknown as Record<string, unknown>;
  occ.note_name = occ.noteName;
  delete occ.noteName;
  assert.not.ok(validate(bad));
  const badKind = JSON.parse(formatReport("grafeas", fixtureReport(), ctx)) as Output;
  badKind.batchCreateNotes.notes["privileged-container"]!.kind = "COMPLIANT";
  assert.not.ok(validate(badKind));
});

test("one note per evaluated rule with controls; one occurrence per resource and failing rule, linked by noteName", () => {
  const out = JSON.parse(formatReport("grafeas", fixtureReport(), { ...ctx, grafeasProject: "acme-sec" })) as Output;
  assert.is(out.batchCreateNotes.parent, "projects/acme-sec");
  // latest-tag and probes name no control: no note, and their findings are no occurrence
  assert.equal(Object.keys(out.batchCreateNotes.notes), ["host-namespaces", "privileged-container", "run-as-non-root"]);
  const priv = out.batchCreateNotes.notes["privileged-container"]!;
  assert.is(priv.name, "projects/acme-sec/notes/privileged-container");
  assert.is(priv.kind, "COMPLIANCE");
  assert.is(priv.compliance.title, "PSS:baseline:privileged, CIS:5.2.2: Privileged containers");
  assert.equal(priv.compliance.version, [
    { cpeUri: "cpe:/a:kubernetes:kubernetes", version: "baseline:privileged", benchmarkDocument: "Kubernetes Pod Security Standards" },
    { cpeUri: "cpe:/a:kubernetes:kubernetes", version: "5.2.2", benchmarkDocument: "CIS Kubernetes Benchmark" },
  ]);
  assert.equal(priv.compliance.cisBenchmark, { severity: "HIGH" });
  assert.is(out.batchCreateNotes.notes["host-namespaces"]!.compliance.cisBenchmark, undefined);
  assert.is(Buffer.from(priv.compliance.scanInstructions, "base64").toString("utf8"), "kubeward scan --bundle recommended (rule privileged-container: policies/rules/pod-security/privileged-container/policy.rego)");
  assert.equal(
    out.batchCreateOccurrences.occurrences.map((o) => [o.resourceUri, o.noteName]),
    [
      ["k8s:///apis/apps/v1/namespaces/default/Deployment/web", "projects/acme-sec/notes/run-as-non-root"],
      ["k8s:///apis/apps/v1/namespaces/default/Deployment/web", "projects/acme-sec/notes/privileged-container"],
      ["k8s:///api/v1/namespaces/kube-system/Pod/debug", "projects/acme-sec/notes/host-namespaces"],
    ],
  );
  const o = out.batchCreateOccurrences.occurrences[1]!;
  assert.is(o.kind, "COMPLIANCE");
  assert.is(o.remediation, "Fix privileged-container.");
  // the duplicate finding is reported once, as in every format
  assert.equal(o.compliance.nonCompliantFiles, [
    { path: "manifests/app.yaml", displayCommand: "sed -n '14p' manifests/app.yaml", reason: 'container "web" is privileged (spec.template.spec.containers[0].securityContext.privileged)' },
  ]);
  assert.is(o.compliance.nonComplianceReason, 'container "web" is privileged');
});

test("a clean scan still carries the notes, with no occurrences; the default project is kubeward", () => {
  const out = JSON.parse(formatReport("grafeas", cleanReport(), ctx)) as Output;
  assert.is(out.batchCreateOccurrences.parent, "projects/kubeward");
  assert.equal(out.batchCreateOccurrences.occurrences, []);
  assert.is(Object.keys(out.batchCreateNotes.notes).length, 3);
});

test("resource URIs follow the API path: core and named groups, cluster-scoped without a namespace", () => {
  assert.is(resourceUri({ apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", name: "admin" }), "k8s:///apis/rbac.authorization.k8s.io/v1/ClusterRole/admin");
  assert.is(resourceUri({ apiVersion: "v1", kind: "Secret", namespace: "shop", name: "db" }), "k8s:///api/v1/namespaces/shop/Secret/db");
});

test.run();
