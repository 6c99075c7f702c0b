import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatReport } from "../../../src/formatters/formatters.ts";
import type { Report } from "../../../src/types.ts";

const report: Report = {
  tool: { name: "kubeward", version: "0.1.0" },
  bundle: "recommended",
  summary: { files: 2, resources: 1, findings: 2, errors: 1, skipped: 0, suppressed: 0, bySeverity: { critical: 0, high: 1, medium: 0, low: 1, info: 0 } },
  findings: [
    { rule: "privileged-container", title: "Privileged containers", severity: "high", category: "pod-security", controls: [], message: 'container "web" is privileged', file: "/repo/k8s/pod.yaml", line: 12, resource: { apiVersion: "v1", kind: "Pod", namespace: "default", name: "web" }, path: "spec.containers[0].securityContext.privileged" },
    { rule: "x-low", title: "Low", severity: "low", category: "workloads", controls: [], message: "50% of pods, a:b,c\nnext", file: "k8s/dep.yaml", line: 3, resource: { apiVersion: "apps/v1", kind: "Deployment", name: "api" } },
  ],
  errors: [{ file: "k8s/broken.yaml", line: 6, message: "unexpected end of flow sequence", code: "parse" }],
  suppressed: [],
  rules: [],
};

test("github: one workflow command per error and finding, escaped, with a summary line", () => {
  const out = formatReport("github", report, { color: false, cwd: "/repo" });
  assert.equal(out.split("\n"), [
    "::error file=k8s/broken.yaml,line=6,title=kubeward%3A cannot read this file::unexpected end of flow sequence",
    '::error file=k8s/pod.yaml,line=12,title=privileged-container (high)::container "web" is privileged — Pod default/web',
    "::notice file=k8s/dep.yaml,line=3,title=x-low (low)::50%25 of pods, a:b,c%0Anext — Deployment api",
    "kubeward: 2 files, 1 resources: 2 findings, 1 errors (bundle recommended)",
    "",
  ]);
});

test.run();
