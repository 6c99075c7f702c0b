// --format policyreport: wgpolicyk8s.io/v1alpha2 reports, one PolicyReport per namespace and one
// ClusterPolicyReport, every document valid against schemas/policyreport-v1alpha2.schema.json.
import fs from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parseAllDocuments } from "yaml";
import { formatReport } from "../../../src/formatters/formatters.ts";
import { eventTimestamp } from "../../../src/formatters/policyreport.ts";
import type { Report } from "../../../src/types.ts";
import { cleanReport, fixtureReport } from "../../fixtures/engine/report.ts";

const NOW = new Date(Date.UTC(2026, 10, 29, 12, 0, 0, 250));
const ctx = { color: false, cwd: "/work/repo", now: NOW };
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(fs.readFileSync("schemas/policyreport-v1alpha2.schema.json", "utf8")) as object);

interface Result { policy: string; rule: string; result: string; severity?: string; category?: string; message: string; source: string; timestamp: { seconds: number; nanos: number }; resources?: Record<string, string>[]; properties: Record<string, string> }
interface Doc { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; summary: Record<string, number>; results: Result[] }

function docs(report: Report, extra: Partial<typeof ctx> & { showSuppressed?: boolean } = {}): Doc[] {
  const out = formatReport("policyreport", report, { ...ctx, ...extra });
  return parseAllDocuments(out).map((d) => d.toJS() as Doc);
}

function withClusterFindingAndSuppression(): Report {
  const report = fixtureReport();
  const base = report.findings[0]!;
  report.findings.push({ ...base, rule: "cluster-admin-binding", category: "rbac", severity: "high", message: "binds cluster-admin", resource: { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRoleBinding", name: "ops" }, controls: [] });
  report.suppressed.push({ ...base, suppression: { kind: "inSource", justification: "debug pod, removed Friday", source: "manifests/pod.yaml:4" } });
  return report;
}

test("one PolicyReport per namespace, then one ClusterPolicyReport; every document valid against the CRD schema", () => {
  const out = docs(withClusterFindingAndSuppression(), { showSuppressed: true });
  assert.equal(out.map((d) => [d.kind, d.metadata.namespace ?? null]), [["PolicyReport", "default"], ["PolicyReport", "kube-system"], ["ClusterPolicyReport", null]]);
  for (const d of out) {
    assert.is(d.apiVersion, "wgpolicyk8s.io/v1alpha2");
    assert.is(d.metadata.name, "kubeward-recommended");
    assert.ok(validate(d), JSON.stringify(validate.errors, null, 2));
  }
  for (const d of docs(cleanReport())) assert.ok(validate(d), JSON.stringify(validate.errors, null, 2));
});

test("results carry rule, severity, category, message, resource, file:line, controls, timestamp and source", () => {
  const [def, kubeSystem, cluster] = docs(withClusterFindingAndSuppression(), { showSuppressed: true }) as [Doc, Doc, Doc];
  const priv = def.results.find((r) => r.policy === "privileged-container")!;
  assert.equal(priv, {
    source: "kubeward",
    policy: "privileged-container",
    rule: "privileged-container",
    result: "fail",
    severity: "high",
    category: "pod-security",
    message: 'container "web" is privileged',
    scored: true,
    timestamp: { seconds: Math.floor(NOW.getTime() / 1000), nanos: 250_000_000 },
    resources: [{ apiVersion: "apps/v1", kind: "Deployment", name: "web", namespace: "default" }],
    properties: { title: "Privileged containers", file: "manifests/app.yaml:14", bundle: "recommended", path: "spec.template.spec.containers[0].securityContext.privileged", controls: "PSS:baseline:privileged, CIS:5.2.2" },
  } as unknown as Result);
  // the suppressed finding is a skip result with its justification; it is not a fail
  const skip = def.results.filter((r) => r.result === "skip");
  assert.is(skip.length, 1);
  assert.is(skip[0]!.properties.justification, "debug pod, removed Friday");
  assert.equal(def.summary, { pass: 0, fail: def.results.length - 1, warn: 0, error: 0, skip: 1 });
  assert.equal(kubeSystem.results.map((r) => [r.policy, r.severity]).sort(), [["host-namespaces", "critical"], ["latest-tag", "low"], ["probes", "info"]]);
  // cluster-scoped finding and the unreadable input land in the ClusterPolicyReport
  assert.equal(cluster.results.map((r) => [r.result, r.policy, r.resources?.[0]?.kind ?? null]), [["fail", "cluster-admin-binding", "ClusterRoleBinding"], ["error", "kubeward", null]]);
  assert.is(cluster.results[1]!.properties.file, "broken.yaml:3");
  assert.equal(cluster.summary, { pass: 0, fail: 1, warn: 0, error: 1, skip: 0 });
});

test("suppressed findings are left out without --show-suppressed; the schema rejects a wrong result", () => {
  const out = docs(withClusterFindingAndSuppression());
  assert.not.ok(out.some((d) => d.results.some((r) => r.result === "skip")));
  const bad = out[0]! as unknown as { results: { result: string }[] };
  bad.results[0]!.result = "failed";
  assert.not.ok(validate(bad));
});

test("an audit alert is stamped with its event's time, to the nanosecond; output has no YAML aliases", () => {
  assert.equal(eventTimestamp("2026-11-28T14:15:00.003123Z"), { seconds: Date.UTC(2026, 10, 28, 14, 15, 0) / 1000, nanos: 3_123_000 });
  assert.equal(eventTimestamp("2026-11-28T14:15:00+01:00"), { seconds: Date.UTC(2026, 10, 28, 13, 15, 0) / 1000, nanos: 0 });
  assert.is(eventTimestamp("yesterday"), undefined);
  const report = fixtureReport();
  report.findings[0]!.event = { auditID: "a-1", timestamp: "2026-11-28T14:15:00.5Z", user: "mallory", verb: "create", object: "pods default/x" };
  const out = formatReport("policyreport", report, ctx);
  assert.not.match(out, /[&*]a\d/);
  const result = parseAllDocuments(out).flatMap((d) => (d.toJS() as Doc).results).find((r) => r.properties.auditID === "a-1")!;
  assert.equal(result.timestamp, { seconds: Date.UTC(2026, 10, 28, 14, 15, 0) / 1000, nanos: 500_000_000 });
});

test.run();
