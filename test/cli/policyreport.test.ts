// `kubeward scan --format policyreport` on examples/app: YAML documents kubectl can apply, valid
// against the CRD schema, holding exactly the findings `--format json` reports.
import fs from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parseAllDocuments } from "yaml";
import { json, kubeward } from "./helpers.ts";

const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(fs.readFileSync("schemas/policyreport-v1alpha2.schema.json", "utf8")) as object);

test("scan --format policyreport reports every finding of examples/app, per namespace", () => {
  const run = kubeward(["scan", "examples/app", "--format", "policyreport"]);
  assert.is(run.status, 1, run.stderr); // findings at or above low: the exit code is the format's business as for any other
  const docs = parseAllDocuments(run.stdout).map((d) => d.toJS() as { kind: string; metadata: { namespace?: string }; summary: { fail: number }; results: { policy: string; result: string; resources: { kind: string; name: string; namespace?: string }[]; timestamp: { seconds: number } }[] });
  for (const d of docs) assert.ok(validate(d), JSON.stringify(validate.errors, null, 2));
  assert.equal(docs.map((d) => `${d.kind}/${d.metadata.namespace ?? ""}`), ["PolicyReport/shop", "ClusterPolicyReport/"]);
  const report = json<{ findings: { rule: string; resource: { kind: string; name: string; namespace?: string } }[] }>(kubeward(["scan", "examples/app", "--format", "json"]));
  const fromJson = report.findings.map((f) => `${f.rule} ${f.resource.kind} ${f.resource.namespace ?? ""}/${f.resource.name}`).sort();
  const fromPolicyReport = docs.flatMap((d) => d.results.map((r) => `${r.policy} ${r.resources[0]!.kind} ${r.resources[0]!.namespace ?? ""}/${r.resources[0]!.name}`)).sort();
  assert.equal(fromPolicyReport, fromJson);
  assert.is(docs.reduce((n, d) => n + d.summary.fail, 0), report.findings.length);
  // stamped with the time of the run
  const seconds = docs[0]!.results[0]!.timestamp.seconds;
  assert.ok(Math.abs(seconds - Date.now() / 1000) < 3600, `timestamp ${seconds} is not the time of the run`);
});

test.run();
