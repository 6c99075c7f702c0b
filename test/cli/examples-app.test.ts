// The demo application's findings, exactly: what `npm run demo` shows a newcomer must not drift.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { json, kubeward } from "./helpers.ts";

test("examples/app: every finding with its rule, file and line", () => {
  // What `npm run demo` scans. The scenario folders (rbac, network, cis, helm, …) are left out by
  // examples/.kubewardignore and have tests of their own; examples/ci holds two non-Kubernetes YAML
  // files (CI recipes), counted as files and skipped as documents.
  const run = kubeward(["scan", "examples/", "--format", "json"]);
  assert.is(run.status, 1, run.stderr);
  const report = json<{ findings: { rule: string; file: string; line: number; resource: { kind: string; name: string } }[]; errors: unknown[]; summary: { files: number; resources: number } }>(run);
  assert.equal(report.errors, []);
  assert.equal(
    report.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.resource.kind}/${f.resource.name}`),
    [
      "examples/app/cache.yaml:19 pss-sysctls StatefulSet/cache",
      "examples/app/log-shipper.yaml:16 pss-host-namespaces DaemonSet/log-shipper",
      "examples/app/log-shipper.yaml:17 pss-host-namespaces DaemonSet/log-shipper",
      "examples/app/log-shipper.yaml:27 pss-host-path-volumes DaemonSet/log-shipper",
      "examples/app/nightly-report.yaml:15 pss-seccomp-baseline CronJob/nightly-report",
      "examples/app/orders-api.yaml:23 pss-host-ports Deployment/orders-api",
      "examples/app/orders-api.yaml:26 dangerous-capabilities Deployment/orders-api",
      "examples/app/orders-api.yaml:26 pss-capabilities-baseline Deployment/orders-api",
      "examples/app/orders-api.yaml:31 privileged-container Deployment/orders-api",
    ],
  );
  // 7 manifests + the 2 CI workflow files of examples/ci (YAML, not Kubernetes objects: skipped).
  assert.is(report.summary.files, 9);
  assert.is(report.summary.resources, 12);
});

test("the compliant storefront alone is clean", () => {
  const run = kubeward(["scan", "examples/app/storefront.yaml", "examples/app/rbac.yaml", "examples/app/namespace.yaml"]);
  assert.is(run.status, 0, run.stdout);
  assert.match(run.stdout, /3 files, 8 resources: no findings, 0 errors/);
});

test.run();
