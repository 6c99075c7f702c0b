// Suppression semantics at the edges: expiry day, globs, reasons, several suppressions at once.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { glob, suppressDocumentFindings, exceptionsWithoutReason } from "../../../src/report/suppress.ts";
import type { Document, Finding } from "../../../src/types.ts";

function doc(annotations?: Record<string, string>): Document {
  return {
    file: "k8s/pod.yaml",
    index: 0,
    line: 1,
    object: { apiVersion: "v1", kind: "Pod", metadata: { name: "web", namespace: "shop", ...(annotations ? { annotations } : {}) } },
    ref: { apiVersion: "v1", kind: "Pod", namespace: "shop", name: "web" },
    locate: (p: string) => (p.startsWith("metadata.annotations") ? 6 : undefined),
  };
}

const finding = (rule: string): Finding => ({ rule, title: rule, severity: "high", category: "pod-security", controls: [], message: `${rule} found`, file: "k8s/pod.yaml", line: 12, resource: { apiVersion: "v1", kind: "Pod", namespace: "shop", name: "web" } });

test("ignore-until is the last day it suppresses", () => {
  const d = doc({ "kubeward.io/ignore": "a", "kubeward.io/ignore-reason": "r", "kubeward.io/ignore-until": "2027-01-31" });
  assert.is(suppressDocumentFindings(d, [finding("a")], { today: "2027-01-31" }).suppressed.length, 1);
  const after = suppressDocumentFindings(d, [finding("a")], { today: "2027-02-01" });
  assert.is(after.suppressed.length, 0);
  assert.is(after.kept[0]?.message, "a found (suppression expired on 2027-01-31, k8s/pod.yaml:6)");
});

test("a list of rules suppresses only those; * suppresses every rule", () => {
  const listed = suppressDocumentFindings(doc({ "kubeward.io/ignore": " a , b", "kubeward.io/ignore-reason": "r" }), [finding("a"), finding("b"), finding("c")], { today: "2026-01-01" });
  assert.equal(listed.suppressed.map((f) => f.rule), ["a", "b"]);
  assert.equal(listed.kept.map((f) => f.rule), ["c"]);
  const all = suppressDocumentFindings(doc({ "kubeward.io/ignore": "*", "kubeward.io/ignore-reason": "r" }), [finding("a"), finding("c")], { today: "2026-01-01" });
  assert.is(all.kept.length, 0);
  assert.is(all.added.length, 0, "a reason was given");
});

test("a blank reason counts as none; the annotation still suppresses and adds one low finding", () => {
  const r = suppressDocumentFindings(doc({ "kubeward.io/ignore": "a", "kubeward.io/ignore-reason": "  " }), [finding("a")], { today: "2026-01-01" });
  assert.is(r.suppressed.length, 1);
  assert.equal(r.added.map((f) => [f.rule, f.severity, f.line]), [["suppression-without-reason", "low", 6]]);
});

test("an expired annotation does not hide a live config exception", () => {
  const d = doc({ "kubeward.io/ignore": "a", "kubeward.io/ignore-reason": "old", "kubeward.io/ignore-until": "2020-01-01" });
  const r = suppressDocumentFindings(d, [finding("a")], { today: "2026-01-01", configFile: "kubeward.yaml", exceptions: [{ rule: "a", resource: { namespace: "shop" }, reason: "new", line: 3 }] });
  assert.equal(r.suppressed[0]?.suppression, { kind: "external", source: "kubeward.yaml:3", justification: "new" });
});

test("exceptions without a reason are findings at their line; globs are anchored", () => {
  assert.equal(exceptionsWithoutReason({ today: "x", configFile: "cfg/kubeward.yaml", exceptions: [{ rule: "a", line: 4 }, { rule: "b", reason: "ok", line: 7 }] }).map((f) => `${f.file}:${f.line}`), ["cfg/kubeward.yaml:4"]);
  assert.ok(glob("host-*", "host-pid"));
  assert.not.ok(glob("host-*", "no-host-pid"));
  assert.ok(glob("w?b", "web"));
  assert.not.ok(glob("a.b", "axb"), "dots are literal");
});

test.run();
