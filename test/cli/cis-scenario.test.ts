// The CIS scenario: a kubeadm control plane's manifests and node configuration, half hardened and
// half not (examples/cis). `kubeward scan examples/cis --bundle cis` must name every failing CIS
// item of the unhardened half and no control-plane/node item (sections 1–4) of the hardened half.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { json, kubeward } from "./helpers.ts";

interface Report {
  findings: { rule: string; controls: string[]; file: string; line: number; message: string }[];
  errors: unknown[];
  summary: { files: number; resources: number };
}

const cisIds = (findings: Report["findings"], half: string): string[] =>
  [...new Set(findings.filter((f) => f.file.startsWith(`examples/cis/${half}/`)).flatMap((f) => f.controls.filter((c) => c.startsWith("CIS:"))))].sort(
    (a, b) => a.localeCompare(b, "en", { numeric: true }),
  );

// Section 5 (workload policies) of the benchmark fires on the unhardened static pods: host network
// and hostPath mounts, root without the Restricted securityContext, no service account. The
// hardened pods run as non-root with the Restricted securityContext and carry kubeward.io/ignore
// annotations, with a reason, for what a control-plane static pod cannot avoid.
const STATIC_POD_SECTION_5 = ["CIS:5.1.5", "CIS:5.1.6", "CIS:5.2.3", "CIS:5.2.4", "CIS:5.2.5", "CIS:5.2.6", "CIS:5.2.7", "CIS:5.2.8", "CIS:5.2.9", "CIS:5.2.11"];

const run = kubeward(["scan", "examples/cis", "--bundle", "cis", "--format", "json"]);
const report = json<Report>(run);

test("the scan reads all 16 files without errors and fails", () => {
  assert.is(run.status, 1, run.stderr);
  assert.equal(report.errors, []);
  assert.is(report.summary.files, 16);
  assert.is(report.summary.resources, 16);
});

test("the unhardened half fails exactly these CIS items", () => {
  assert.equal(cisIds(report.findings, "unhardened"), [
    "CIS:1.2.1", "CIS:1.2.2", "CIS:1.2.3", "CIS:1.2.4", "CIS:1.2.5", "CIS:1.2.6", "CIS:1.2.7", "CIS:1.2.8", "CIS:1.2.9",
    "CIS:1.2.10", "CIS:1.2.11", "CIS:1.2.12", "CIS:1.2.13", "CIS:1.2.14", "CIS:1.2.15", "CIS:1.2.17", "CIS:1.2.18",
    "CIS:1.2.19", "CIS:1.2.21", "CIS:1.2.22", "CIS:1.2.23", "CIS:1.2.24", "CIS:1.2.26", "CIS:1.2.28", "CIS:1.2.29",
    "CIS:1.2.30",
    "CIS:1.3.1", "CIS:1.3.2", "CIS:1.3.3", "CIS:1.3.4", "CIS:1.3.5", "CIS:1.3.6", "CIS:1.3.7",
    "CIS:1.4.1", "CIS:1.4.2",
    "CIS:2.1", "CIS:2.2", "CIS:2.3", "CIS:2.4", "CIS:2.5", "CIS:2.6", "CIS:2.7",
    "CIS:3.2.1", "CIS:3.2.2",
    "CIS:4.2.1", "CIS:4.2.2", "CIS:4.2.3", "CIS:4.2.4", "CIS:4.2.5", "CIS:4.2.6", "CIS:4.2.8", "CIS:4.2.9", "CIS:4.2.10",
    "CIS:4.2.11", "CIS:4.2.12", "CIS:4.2.13", "CIS:4.2.14",
    "CIS:4.3.1",
    ...STATIC_POD_SECTION_5,
  ]);
});

test("the hardened half fails no CIS item; what a static pod cannot avoid is suppressed with a reason", () => {
  assert.equal(cisIds(report.findings, "hardened"), []);
  const suppressed = (report as unknown as { suppressed: { file: string; rule: string; suppression: { justification?: string } }[] }).suppressed.filter((f) => f.file.startsWith("examples/cis/hardened/"));
  assert.equal([...new Set(suppressed.map((f) => f.rule))].sort(), ["pss-host-namespaces", "pss-host-path-volumes", "sensitive-host-path", "workload-default-service-account", "writable-host-path"]);
  assert.ok(suppressed.every((f) => /static control-plane pod/.test(f.suppression.justification ?? "")));
  const controlPlane = report.findings.filter((f) => f.file.startsWith("examples/cis/hardened/") && f.controls.some((c) => /^CIS:[1-4]\./.test(c)));
  assert.equal(controlPlane.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.message}`), []);
});

test("cross-file 2.7: etcd's client CA is the API server's, named with the pod it came from", () => {
  const f = report.findings.find((x) => x.rule === "etcd-unique-ca");
  assert.ok(f);
  assert.is(f.file, "examples/cis/unhardened/etcd.yaml");
  assert.match(f.message, /trusts \/etc\/kubernetes\/pki\/ca\.crt .* kube-apiserver pod "kube-apiserver-cp1"/);
});

test.run();
