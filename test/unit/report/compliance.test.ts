// The compliance summary's three statuses, as docs/report.md defines them.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { summarizeCompliance } from "../../../src/report/compliance.ts";
import type { Report, RuleMeta } from "../../../src/types.ts";
import { fixtureReport } from "../../fixtures/engine/report.ts";

const rule = (id: string, kinds: string[], controls: string[]): RuleMeta => ({
  id, title: id, description: "", severity: "high", category: "c", kinds, controls, remediation: "", package: `p.${id}`, file: "",
});

test("the fixture scan: controls with findings fail, the rest of PSS passes, frameworks come in a fixed order", () => {
  const fw = summarizeCompliance(fixtureReport());
  assert.equal(fw.map((f) => f.name), ["PSS", "CIS", "NSA", "MITRE"]);
  const pss = fw[0]!;
  // privileged-container, host-namespaces and run-as-non-root all found something.
  assert.equal([pss.failed, pss.passed, pss.notApplicable], [3, 0, 0]);
  assert.equal(pss.controls.map((c) => c.id), ["PSS:baseline:host-namespaces", "PSS:baseline:privileged", "PSS:restricted:run-as-non-root"]);
  assert.is(pss.findings, 3);
  assert.equal([fw[1]!.failed, fw[1]!.controls[0]!.rules], [1, ["privileged-container"]]);
  assert.equal([fw[2]!.passed + fw[2]!.failed + fw[2]!.notApplicable, fw[3]!.controls], [0, []]);
});

test("passed needs a scanned object of a kind the rule checks; otherwise not applicable", () => {
  const report: Report = {
    ...fixtureReport({ violations: [], errors: [] }),
    rules: [
      rule("pod-rule", ["Pod"], ["CIS:5.2.2", "NSA:pod-security"]),
      rule("rbac-rule", ["ClusterRole"], ["CIS:5.1.1", "NSA:pod-security"]),
      rule("webhook-rule", ["ValidatingWebhookConfiguration"], ["MITRE:T1562.001", "CUSTOM:x"]),
    ],
    scannedKinds: { Pod: 2, Service: 1 },
  };
  const byName = Object.fromEntries(summarizeCompliance(report).map((f) => [f.name, f]));
  assert.equal(byName.CIS!.controls.map((c) => [c.id, c.status]), [["CIS:5.2.2", "passed"], ["CIS:5.1.1", "not-applicable"]]);
  // One applicable rule is enough for a shared control to pass.
  assert.equal(byName.NSA!.controls.map((c) => [c.id, c.status, c.rules]), [["NSA:pod-security", "passed", ["pod-rule", "rbac-rule"]]]);
  assert.equal([byName.MITRE!.notApplicable, byName.MITRE!.passed], [1, 0]);
  // A prefix outside the four known frameworks gets its own summary, after them.
  assert.equal(summarizeCompliance(report).map((f) => f.name), ["PSS", "CIS", "NSA", "MITRE", "CUSTOM"]);
});

test("a failing finding wins over applicability; suppressed findings do not fail a control but are counted", () => {
  const base = fixtureReport({ errors: [] });
  const finding = base.findings.find((f) => f.rule === "privileged-container")!;
  const report: Report = {
    ...base,
    findings: base.findings.filter((f) => f.rule !== "privileged-container"),
    suppressed: [{ ...finding, suppression: { kind: "inSource", justification: "debug pod", source: "a.yaml:3" } }],
  };
  const cis = summarizeCompliance(report).find((f) => f.name === "CIS")!;
  assert.equal(cis.controls.map((c) => [c.id, c.status, c.findings, c.suppressed]), [["CIS:5.2.2", "passed", 0, 1]]);
  const noKinds: Report = { ...base, scannedKinds: {} };
  // Nothing scanned of any kind, yet a finding exists: still failed.
  assert.is(summarizeCompliance(noKinds).find((f) => f.name === "CIS")!.controls[0]!.status, "failed");
});

test("CIS controls sort numerically within a status", () => {
  const report: Report = { ...fixtureReport({ violations: [], errors: [] }), rules: [rule("r", ["Pod"], ["CIS:5.2.10", "CIS:5.2.9", "CIS:5.2.1"])], scannedKinds: { Pod: 1 } };
  assert.equal(summarizeCompliance(report)[1]!.controls.map((c) => c.id), ["CIS:5.2.1", "CIS:5.2.9", "CIS:5.2.10"]);
});

test.run();
